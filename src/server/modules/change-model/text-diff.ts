import type { TextDiff } from '../../../shared/contracts/change-model.js';

/** Beyond this many token pairs the diff is simply "all removed, all added" (texts are at most 2,000 characters). */
const MAX_CELLS = 4_000_000;

const tokens = (text: string) => text.match(/\s+|\S+/g) ?? [];

/**
 * A word-by-word difference of two texts (longest common subsequence of
 * words and spaces), as runs of unchanged, removed and added text in reading
 * order. Joining the `same` and `removed` runs gives `before`; `same` and
 * `added` give `after`.
 */
export function textDiff(before: string, after: string): TextDiff {
  const a = tokens(before);
  const b = tokens(after);
  const out: TextDiff = [];
  const push = (op: TextDiff[number]['op'], text: string) => {
    const last = out.at(-1);
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    if (before) push('removed', before);
    if (after) push('added', after);
    return out;
  }
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push('same', a[i] ?? '');
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) {
      push('removed', a[i++] ?? '');
    } else {
      push('added', b[j++] ?? '');
    }
  }
  while (i < a.length) push('removed', a[i++] ?? '');
  while (j < b.length) push('added', b[j++] ?? '');
  return out;
}
