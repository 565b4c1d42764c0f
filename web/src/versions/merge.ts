/**
 * The three-way merge of a versioned document (ADR 22). When a save is
 * refused because someone saved first, the client has three versions: the one
 * its form started from (`base`), its own (`mine`) and the one saved first
 * (`theirs`). Field by field: a field only one side changed takes that side's
 * value, a field both changed to the same value is no conflict, and a field
 * both changed differently is a conflict for the person to choose. Pure: no
 * React, no i18n – the labels come with the field list.
 */

/** Where a field sits in the content: top-level key, or a path into a nested section. */
export type FieldPath = readonly string[];

/** One field as the person sees it: a place in the content and its label (Danish in da). */
export interface DocumentField {
  /** Stable and unique within the document (the path joined by dots). */
  key: string;
  path: FieldPath;
  label: string;
  /** The value in words for the side-by-side choice; a generic description when absent. */
  show?: (value: unknown) => string;
}

export interface MergeResult<T> {
  /** `theirs` with every field only I changed taken from mine; conflicting fields keep theirs. */
  merged: T;
  /** Fields both sides changed differently, in the order of the field list. */
  conflicts: DocumentField[];
}

export const field = (path: FieldPath, label: string, show?: (value: unknown) => string): DocumentField => ({
  key: path.join('.'),
  path,
  label,
  ...(show ? { show } : {}),
});

/** The value at a path, or undefined when a step is missing. */
export function valueAt(content: unknown, path: FieldPath): unknown {
  let at: unknown = content;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/** A copy of `content` with the value at `path` replaced (undefined removes a record entry); other branches are shared. */
export function withValueAt<T>(content: T, path: FieldPath, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const node = (content ?? {}) as Record<string, unknown>;
  const next = rest.length === 0 ? value : withValueAt(node[head], rest, value);
  const copy: Record<string, unknown> = { ...node };
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

/** Deep equality of JSON values; object key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const ak = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ak.length === bk.length &&
    ak.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Merges field by field. `base` null means the common ancestor is unknown (a
 * kept version found later): then every field the two differ in is a conflict.
 */
export function mergeVersions<T>(base: T | null, mine: T, theirs: T, fields: readonly DocumentField[]): MergeResult<T> {
  let merged = theirs;
  const conflicts: DocumentField[] = [];
  for (const f of fields) {
    const m = valueAt(mine, f.path);
    const th = valueAt(theirs, f.path);
    if (sameValue(m, th)) continue;
    if (base !== null) {
      const b = valueAt(base, f.path);
      if (sameValue(m, b)) continue; // only they changed it: theirs stands
      if (sameValue(th, b)) {
        merged = withValueAt(merged, f.path, m); // only I changed it
        continue;
      }
    }
    conflicts.push(f);
  }
  return { merged, conflicts };
}

export type Choice = 'mine' | 'theirs';

/** `merged` with each conflicting field set to the chosen side's value. */
export function applyChoices<T>(
  merged: T,
  mine: T,
  theirs: T,
  fields: readonly DocumentField[],
  choices: Record<string, Choice>,
): T {
  let result = merged;
  for (const f of fields) {
    result = withValueAt(result, f.path, valueAt(choices[f.key] === 'mine' ? mine : theirs, f.path));
  }
  return result;
}

/** The paths of every leaf of a JSON value (arrays count as leaves), to check a field list covers a document. */
export function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [prefix];
  return entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

/** The leaves of `content` that no field covers (empty when the field list is complete). */
export function uncovered(content: unknown, fields: readonly DocumentField[]): string[] {
  const covers = (leaf: string[]) => fields.some((f) => f.path.every((step, i) => leaf[i] === step));
  return leafPaths(content)
    .filter((leaf) => !covers(leaf))
    .map((leaf) => leaf.join('.'));
}
