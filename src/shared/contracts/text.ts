import { z } from 'zod';
import { unixLines } from './text-length.js';

/**
 * Text that people type, as every request contract takes it (ADR 13).
 *
 * A text never holds a NUL (PostgreSQL refuses it), an unpaired UTF-16
 * surrogate (it cannot be encoded as UTF-8, so it would be stored as U+FFFD –
 * silently changed), a noncharacter (U+FFFE, U+FFFF) or any other control
 * character (C0, DEL, C1: `\u0001\u001b[31m` once landed in a child's name).
 * Multi-line text keeps tab and line feed (CR LF and lone CR become LF);
 * single-line text (names, titles, search words) has neither.
 * Each refusal says which character, so the person can find it.
 */
export type LineKind = 'single' | 'multi';

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
const CONTROL = /^\p{Cc}$/u;
const LINE_BREAK = /^[\n\r\u2028\u2029]$/u;
/** Any character the loop below looks at (with /u, a surrogate matches only when unpaired): most texts have none. */
const SUSPECT = /[\p{Cc}\p{Cs}\uFFFE\uFFFF\u2028\u2029]/u;

/** Why `value` is no acceptable text of this kind, in Danish, or undefined when it is. */
export function textProblem(value: string, kind: LineKind): string | undefined {
  if (!SUSPECT.test(value)) return undefined;
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff)
      return `Indeholder et ufuldstændigt tegn (${hex(cp)}), som ikke kan gemmes. Skriv teksten igen`;
    if (LINE_BREAK.test(ch) || ch === '\t') {
      if (kind === 'single') return 'Skal stå på én linje – uden linjeskift og tabulatortegn';
      if (ch !== '\u2028' && ch !== '\u2029') continue; // tab, LF and CR (the schemas store CR LF as LF)
    }
    if (cp === 0xfffe || cp === 0xffff)
      return `Indeholder et ugyldigt tegn (${hex(cp)}), som ikke kan gemmes. Fjern det, og prøv igen`;
    if (CONTROL.test(ch)) return `Indeholder et styretegn (${hex(cp)}), som ikke er tilladt. Fjern det, og prøv igen`;
  }
  return undefined;
}

const refuse = (kind: LineKind) => (value: string, ctx: z.RefinementCtx) => {
  const message = textProblem(value, kind);
  if (message) ctx.addIssue({ code: 'custom', message, input: value });
};

/** A text's message when it is too long: a fixed sentence, or one that names the field (`tooLong`). */
export type MaxMessage = Parameters<z.ZodString['max']>[1];

/**
 * The pronoun a subject takes: "det" for a neuter noun in its definite form
 * ("Navnet", "Svaret", "Tildelingskriteriet") and for a clause ("Hvad I prøvede"),
 * "den" otherwise ("Beslutningen", "Titlen", "Den ansvarlige").
 */
function pronounOf(subject: string): 'den' | 'det' {
  const last = subject.trim().split(/\s+/).at(-1) ?? '';
  return /et$/.test(last) || /^hvad\b/i.test(subject) ? 'det' : 'den';
}

/**
 * "Beslutningen må højst være 1.000 tegn, men er 1.001 tegn. Forkort den": the
 * limit's message naming the field (`subject`, with its article) and the length
 * sent, counted as the limit counts it (issue 11, point 5).
 */
export const tooLong = (subject: string): MaxMessage => ({
  error: (issue) => {
    const max = Number((issue as { maximum?: unknown }).maximum).toLocaleString('da-DK');
    const length = typeof issue.input === 'string' ? issue.input.length.toLocaleString('da-DK') : undefined;
    const shorten = `Forkort ${pronounOf(subject)}`;
    return length === undefined
      ? `${subject} må højst være ${max} tegn. ${shorten}`
      : `${subject} må højst være ${max} tegn, men er ${length} tegn. ${shorten}`;
  },
});

/** Trimmed one-line text of at most `max` characters (may be empty: add `.min(1)` to require it). */
export const SingleLineText = (max: number, maxMessage?: MaxMessage) =>
  z.string().trim().max(max, maxMessage).superRefine(refuse('single'));

/** Trimmed text of at most `max` characters that may hold line breaks and tabs. */
export const MultiLineText = (max: number, maxMessage?: MaxMessage) =>
  z.string().overwrite(unixLines).trim().max(max, maxMessage).superRefine(refuse('multi'));

/** HTML from the rich-text editor: like multi-line text, but kept exactly as sent (not trimmed). */
export const RichText = (max: number, maxMessage?: MaxMessage) =>
  z.string().overwrite(unixLines).max(max, maxMessage).superRefine(refuse('multi'));

/** The search words of a list (`q`): one line, at most 100 characters. */
export const SearchQuery = SingleLineText(100, 'Søgningen må højst være 100 tegn');

/** A password: kept exactly as typed (no trimming), but no control characters, line breaks or broken characters. */
export const Secret = (max: number, maxMessage?: MaxMessage) =>
  z.string().max(max, maxMessage).superRefine(refuse('single'));

/** A single-line key or token matched against stored values (no trimming: it must match exactly). */
export const OpaqueKey = (max: number) => z.string().max(max).superRefine(refuse('single'));
