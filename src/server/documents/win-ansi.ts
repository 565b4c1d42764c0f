/**
 * The PDF's built-in Helvetica is WinAnsi-encoded: Danish letters are fine, but
 * a character outside the code page would print as garbage. Common typography
 * is mapped to a close equivalent; anything else becomes '?'.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const SUBSTITUTES: Record<string, string> = {
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2212': '-', // minus
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u2009': ' ', // thin space
  '\u202F': ' ', // narrow no-break space (Intl uses it in some locales)
  '\u200B': '', // zero-width space
  '\uFEFF': '',
};

function representable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n' || char === '\t') return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA.has(char);
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n')) {
    out += representable(char) ? char : (SUBSTITUTES[char] ?? '?');
  }
  return out;
}
