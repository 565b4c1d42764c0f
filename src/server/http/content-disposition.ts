/** RFC 8187 value: encodeURIComponent leaves ' ( ) * unescaped, which attr-char does not allow. */
const rfc8187 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Characters that are not seen but change what is seen: controls, format
 * characters (bidirectional overrides and isolates such as U+202E, which turn
 * `faktura\u202Efdp.exe.pdf` into "fakturaexe.pdf" on screen, zero-width
 * characters, the BOM), lone surrogates and line/paragraph separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** A file name as people should see it: without invisible characters (stored names and sent names alike). */
export function visibleFileName(name: string): string {
  return name.replace(INVISIBLE, '');
}

/**
 * `attachment` with a plain ASCII name for old clients (æ → ae, ø → oe,
 * å → aa, anything else outside ASCII → _) and the Danish one beside it (RFC 6266).
 */
export function attachment(name: string): string {
  const fileName = visibleFileName(name);
  const ascii = fileName
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/Æ/g, 'Ae')
    .replace(/Ø/g, 'Oe')
    .replace(/Å/g, 'Aa')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc8187(fileName)}`;
}
