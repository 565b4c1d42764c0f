import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { municipalities } from '../../db/schema.js';

/** The names of these municipalities by code (the readers' reasons name them). */
export async function municipalityNames(q: Queryable, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await q
    .select({ code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .where(inArray(municipalities.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.name]));
}
