/** Texts of a meeting's attachments (issue 11, point 8). attachments.en.ts must have the same shape. */
import type { AttachmentKind } from '../../../src/shared/contracts/meeting-attachments.js';

const KB = 1024;
const MB = 1024 * 1024;

/** "340 kB", "1,2 MB": sizes as people read them, in the locale's numbers. */
export const fileSize = (locale: string, bytes: number): string => {
  const number = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes < KB) return `${number(bytes)} B`;
  if (bytes < MB) return `${number(Math.max(1, Math.round(bytes / KB)))} kB`;
  return `${number(bytes / MB)} MB`;
};

export const attachmentsDa = {
  heading: 'Bilag',
  intro: 'Slides, oplæg, handouts og noter til mødet. Alle, der kan se mødet, kan hente dem.',
  none: 'Der er ingen bilag til mødet endnu.',
  caption: 'Mødets bilag',
  title: 'Titel',
  kind: 'Filtype',
  size: 'Størrelse',
  uploadedBy: 'Vedhæftet af',
  uploadedAt: 'Tidspunkt',
  actions: 'Handlinger',
  kinds: {
    pdf: 'PDF',
    docx: 'Word',
    pptx: 'PowerPoint',
    xlsx: 'Excel',
    png: 'Billede (PNG)',
    jpeg: 'Billede (JPEG)',
  } satisfies Record<AttachmentKind, string>,
  download: (title: string) => `Hent ${title}`,
  fileSize: (bytes: number) => fileSize('da-DK', bytes),

  // Upload.
  uploadHeading: 'Vedhæft et bilag',
  fileLabel: 'Fil',
  fileHint: (maxBytes: number) =>
    `PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx) eller et billede (PNG, JPEG), højst ${fileSize('da-DK', maxBytes)}. Filer med makroer eller adgangskode kan ikke vedhæftes.`,
  titleLabel: 'Titel',
  titleHint: 'Filens navn bruges, hvis du ikke skriver en titel. Højst 200 tegn.',
  upload: 'Vedhæft',
  uploading: 'Vedhæfter …',
  progress: 'Sendt',
  chooseFile: 'Vælg en fil at vedhæfte',
  tooLarge: (name: string, maxBytes: number) =>
    `»${name}« er for stor. Et bilag må højst fylde ${fileSize('da-DK', maxBytes)}.`,
  refused: (name: string, reason: string) => `»${name}« blev ikke vedhæftet: ${reason}`,
  uploaded: (title: string) => `»${title}« er vedhæftet.`,
  full: (max: number) => `Mødet har ${max} bilag, som er det største antal. Slet et, før du vedhæfter et nyt.`,

  // Delete.
  remove: 'Slet',
  removeLabel: (title: string) => `Slet ${title}`,
  removeHeading: 'Slet bilaget?',
  removeText: (title: string) => `»${title}« slettes fra mødet, og ingen kan hente det længere.`,
  removeConfirm: 'Ja, slet bilaget',
  removed: (title: string) => `»${title}« er slettet.`,
};

export type AttachmentsMessages = typeof attachmentsDa;
