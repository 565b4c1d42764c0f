/**
 * How long a typed text is, counted as the contracts count it (ADR 13, issue 11
 * point 5): line breaks as one character (CR LF and a lone CR are stored as LF),
 * spaces at either end not counted (they are trimmed), and characters in
 * UTF-16 units as Zod's `max` counts them. No Zod here, so a form's counter can
 * use it without loading the schemas.
 */
export type TextKind = 'single' | 'multi';

/** CR LF and lone CR as LF: what a browser's textarea gives, whatever the sender's system. */
export const unixLines = (value: string): string => value.replace(/\r\n?/g, '\n');

/** The text as it would be stored. */
export function storedText(value: string, kind: TextKind): string {
  return (kind === 'multi' ? unixLines(value) : value).trim();
}

/** The number of characters the contract's limit is compared with. */
export function textLength(value: string, kind: TextKind): number {
  return storedText(value, kind).length;
}

/** How far a text is over its limit (0 when it fits). */
export function charactersOver(value: string, kind: TextKind, limit: number): number {
  return Math.max(0, textLength(value, kind) - limit);
}
