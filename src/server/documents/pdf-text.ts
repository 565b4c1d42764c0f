import { createRequire } from 'node:module';
import { openSync } from 'fontkit';

/**
 * The PDFs embed Noto Sans (ADR 34): it draws Danish and the other Latin
 * letters, Greek, Cyrillic and the typography people paste from Word (“ ” – —
 * … • €). What it cannot draw is never printed as '?' or an empty box:
 * a few symbols get a text equivalent, an emoji (with its joiners, skin tones,
 * flags and variation selectors) is dropped with the space before it, and any
 * other character the font lacks is left out.
 */
const require = createRequire(import.meta.url);
const fontFile = (name: string): string => require.resolve(`@expo-google-fonts/noto-sans/${name}`);

export const PDF_FONTS = {
  regular: fontFile('400Regular/NotoSans_400Regular.ttf'),
  bold: fontFile('700Bold/NotoSans_700Bold.ttf'),
  italic: fontFile('400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
};

// The three styles cover the same characters; the regular one answers for all.
const font = openSync(PDF_FONTS.regular);

const SUBSTITUTES: Record<string, string> = {
  '\u2264': '<=', // ≤
  '\u2265': '>=', // ≥
  '\u2192': '->', // →
  '\u2190': '<-', // ←
  '\u2248': '~', // ≈
  '\u2212': '-', // minus
  '\u2713': '(x)', // ✓
  '\u2714': '(x)', // ✔
  '\u2717': '(-)', // ✗
  '\u2718': '(-)', // ✘
  '\u2605': '*', // ★
  '\u2606': '*', // ☆
};

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
/** Zero-width characters, variation selectors, tags and skin tones: parts of an emoji or invisible. */
function invisible(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x200b && code <= 0x200d) ||
    code === 0x2060 ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff)
  );
}
const segmenter = new Intl.Segmenter('da', { granularity: 'grapheme' });

function drawable(char: string): boolean {
  if (char === '\n' || char === '\t') return true;
  return font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0);
}

/** One grapheme as the font can draw it: '' for an emoji or what the font lacks. */
function printableGrapheme(grapheme: string): string {
  const chars = [...grapheme];
  if (chars.length === 1 && drawable(grapheme)) return grapheme;
  if (chars.length === 1 && SUBSTITUTES[grapheme] !== undefined) return SUBSTITUTES[grapheme];
  if (chars.some((c) => EMOJI.test(c) && !(chars.length === 1 && drawable(c)))) {
    // A keycap (1️⃣) keeps its digit; anything else pictographic goes.
    const first = chars[0] ?? '';
    return /^[0-9#*]$/.test(first) ? first : '';
  }
  return chars.filter((c) => !invisible(c) && drawable(c)).join('');
}

/** The text as the embedded font can draw it (see above). */
export function printable(text: string): string {
  const graphemes = [...segmenter.segment(text.normalize('NFC').replace(/\r\n?/g, '\n'))].map((s) => s.segment);
  let out = '';
  let dropped = false;
  for (const grapheme of graphemes) {
    const shown = printableGrapheme(grapheme);
    if (shown === '' && grapheme !== '') {
      dropped = true;
      continue;
    }
    // "Tak 🎉 for i dag" → "Tak for i dag", "Godt 👍" → "Godt".
    if (dropped && /^[ \t]/.test(shown) && (out === '' || /[ \t\n]$/.test(out))) {
      dropped = false;
      continue;
    }
    // "åbningstider 👍." → "åbningstider."
    if (dropped && /^[.,;:!?)]/.test(shown)) out = out.replace(/[ \t]+$/, '');
    dropped = false;
    out += shown;
  }
  return dropped ? out.replace(/[ \t]+$/, '') : out;
}
