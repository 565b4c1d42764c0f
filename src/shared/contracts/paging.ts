import { z } from 'zod';

/**
 * Keyset paging (ADR 16). A list is asked for with `?limit=50` and answers
 * `{ items, nextCursor }`; the next page is `?cursor=<nextCursor>&limit=50`,
 * and `nextCursor` is null on the last page. The cursor is opaque to clients:
 * base64url of a JSON array `[list, ...sort key of the last row sent]`. The
 * server continues strictly after that key in the list's order, so a row
 * inserted or removed meanwhile never makes another row repeat or vanish.
 */
export const LIST_LIMIT_DEFAULT = 50;
export const LIST_LIMIT_MAX = 200;

const LIMIT_MESSAGE = `Antal pr. side (limit) skal være et helt tal mellem 1 og ${LIST_LIMIT_MAX}`;
export const CURSOR_MESSAGE = 'Markøren (cursor) er ugyldig eller hører til en anden liste – hent listen forfra';

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const binary = atob(value.replaceAll('-', '+').replaceAll('_', '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The cursor that continues `list` after a row with this sort key. */
export function encodeCursor(list: string, key: readonly unknown[]): string {
  return toBase64Url(JSON.stringify([list, ...key]));
}

/** The sort key in a cursor of `list`, or null when it is not one (another list's, edited, not base64url, not JSON). */
export function decodeCursor(list: string, cursor: string): unknown[] | null {
  const text = fromBase64Url(cursor);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value) || value[0] !== list) return null;
    return (value as unknown[]).slice(1);
  } catch {
    return null;
  }
}

/**
 * `cursor` + `limit` of one list; `key` is the shape of its sort key (a tuple),
 * so a cursor that does not fit is a 400 naming the field `cursor`.
 */
export function KeysetQuery<Key extends z.ZodType>(list: string, key: Key) {
  return z.object({
    cursor: z
      .string()
      .max(2000, CURSOR_MESSAGE)
      .optional()
      .describe('nextCursor fra forrige side; udelades for første side')
      .transform((raw, ctx): z.output<Key> | undefined => {
        if (raw === undefined) return undefined;
        const parsed = key.safeParse(decodeCursor(list, raw));
        if (parsed.success) return parsed.data;
        ctx.addIssue({ code: 'custom', message: CURSOR_MESSAGE });
        return z.NEVER;
      }),
    limit: z.coerce
      .number({ error: LIMIT_MESSAGE })
      .int(LIMIT_MESSAGE)
      .min(1, LIMIT_MESSAGE)
      .max(LIST_LIMIT_MAX, LIMIT_MESSAGE)
      .default(LIST_LIMIT_DEFAULT)
      .describe(`Højst så mange rækker (1–${LIST_LIMIT_MAX}, standard ${LIST_LIMIT_DEFAULT})`),
  });
}

/** One page of a keyset-paged list. */
export function KeysetPage<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Send som `cursor` for næste side; null på sidste side'),
  });
}
