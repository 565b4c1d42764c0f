/** RFC 8187 value: encodeURIComponent leaves ' ( ) * unescaped, which attr-char does not allow. */
const rfc8187 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with a plain ASCII name for old clients (æ → ae, ø → oe,
 * å → aa, anything else outside ASCII → _) and the Danish one beside it (RFC 6266).
 */
export function attachment(fileName: string): string {
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
