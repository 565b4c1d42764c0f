/**
 * One document model for the generated letters (issue 3): the builders write
 * the text once, and the DOCX and PDF renderers lay the same blocks out.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'facts'; rows: [label: string, value: string][] }
  /** Bullets, or numbers when `ordered` (the meeting minutes' numbered lists). */
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** One party is a letter's signature; several sign an agreement, each with a date line. */
  | { kind: 'signatures'; parties: { label: string; name: string }[] };

export interface DocumentModel {
  title: string;
  subtitle?: string;
  /** shown top right, e.g. '23. november 2026' */
  date: string;
  reference: string;
  sender: string;
  blocks: Block[];
}

/** Shown as author/creator in both formats' metadata. */
export const DOCUMENT_CREATOR = 'Socialstyrelsen – Indsats';
export const DOCUMENT_LANGUAGE = 'da-DK';

/** A paragraph block's text: blank lines separate paragraphs, single line breaks stay inside one. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
