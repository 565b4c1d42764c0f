/**
 * Text for the SVG diagram: escaping, and wrapping by an estimate of each
 * character's width (an SVG has no text flow of its own, and the server has
 * no font metrics). The estimate errs wide, so lines never overrun their box.
 */

// Characters XML 1.0 does not allow at all (control characters, lone surrogates, U+FFFE/U+FFFF).
// C0 controls but tab, LF, CR (XML 1.0 forbids them); U+FFFE/U+FFFF; lone surrogates.
const NOT_XML =
  /(?![\t\n\r\u007F-\u009F])[\p{Cc}\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text and attribute values safe inside an XML document. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Widths in em of a sans-serif font, by kind of character. */
function charWidth(ch: string): number {
  if (" ilj|!.,:;'’`".includes(ch)) return 0.28;
  if ('frt()[]{}-/'.includes(ch)) return 0.36;
  if ('mwæœ'.includes(ch)) return 0.84;
  if ('MWÆŒ@%'.includes(ch)) return 0.95;
  if (/[0-9]/.test(ch)) return 0.57;
  if (ch !== ch.toLowerCase()) return 0.68;
  return 0.55;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.08 : 1);
}

/** Breaks a word wider than the line into pieces that fit. */
function splitWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The text as lines no wider than `maxWidth`, keeping its own line breaks. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    // Spaces and tabs break a line; a no-break space (inside a date) does not.
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, fontSize, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = textWidth(word, fontSize, bold) <= maxWidth ? [word] : splitWord(word, maxWidth, fontSize, bold);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  // Blank lines between paragraphs stay; blank lines at the end do not.
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
