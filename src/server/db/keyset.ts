import { and, asc, desc, eq, gt, lt, or, SQL, type AnyColumn } from 'drizzle-orm';
import { encodeCursor } from '../../shared/contracts/paging.js';

/**
 * Keyset paging in SQL (ADR 16). A list declares its order as key parts –
 * the last one unique (an id), so the order is total and stable – and asks
 * for the rows strictly after the cursor's key in that order, `limit + 1` of
 * them: the extra row only says whether there is a next page.
 */
export interface KeyPart {
  /** A column, or an expression computed from the row (the courses list's standing on a day). */
  column: AnyColumn | SQL;
  direction: 'asc' | 'desc';
}

export function orderBy(parts: readonly KeyPart[]): SQL[] {
  return parts.map((p) => (p.direction === 'asc' ? asc(p.column) : desc(p.column)));
}

/** `op(column, value)` for a column or an expression (drizzle's operators take either, but not the union). */
function compare(op: typeof eq, column: AnyColumn | SQL, value: unknown): SQL {
  return column instanceof SQL ? op(column, value) : op(column, value);
}

/**
 * Rows after `key` in the order of `parts` (mixed directions allowed):
 * (a > ka) OR (a = ka AND b < kb) OR … – undefined on the first page.
 */
export function after(parts: readonly KeyPart[], key: readonly unknown[] | undefined): SQL | undefined {
  if (key === undefined) return undefined;
  const branches: SQL[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const beyond = compare(part.direction === 'asc' ? gt : lt, part.column, key[i]);
    const equalBefore = parts.slice(0, i).map((p, j) => compare(eq, p.column, key[j]));
    branches.push(and(...equalBefore, beyond)!);
  }
  return or(...branches);
}

/** The page out of `limit + 1` fetched rows, and the cursor that continues after its last row. */
export function pageOf<Row>(
  list: string,
  rows: Row[],
  limit: number,
  keyOf: (row: Row) => unknown[],
): { rows: Row[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: encodeCursor(list, keyOf(page[page.length - 1]!)) };
}

/**
 * The same paging for a list whose order is computed, not stored (a round's
 * scores): everything is ordered in memory by `compare` on the keys, and the
 * page starts after the cursor's key. Only for lists bounded by design.
 */
export function pageInMemory<Item, Key extends readonly unknown[]>(
  list: string,
  items: Item[],
  keyOf: (item: Item) => Key,
  compare: (a: Key, b: Key) => number,
  cursor: Key | undefined,
  limit: number,
): { items: Item[]; nextCursor: string | null } {
  const sorted = [...items].sort((a, b) => compare(keyOf(a), keyOf(b)));
  const rest = cursor === undefined ? sorted : sorted.filter((item) => compare(keyOf(item), cursor) > 0);
  const { rows, nextCursor } = pageOf(list, rest.slice(0, limit + 1), limit, (item) => [...keyOf(item)]);
  return { items: rows, nextCursor };
}
