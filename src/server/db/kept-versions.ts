import { sql } from 'drizzle-orm';
import type { Queryable } from './client.js';

/**
 * How many versions refused by a version conflict are kept per document and
 * person, in edit_conflicts (application, minutes, self-analysis, change
 * model; ADR 22). A newer refused save replaces the oldest, and a version put
 * away is deleted (ADR 14).
 */
export const KEPT_VERSIONS_PER_PERSON = 3;

/**
 * Serialises the keeping of versions for one document and person until the
 * transaction ends, so two refused saves at once cannot both count the kept
 * versions before either inserts (which would leave one too many).
 */
export async function lockKeptVersions(q: Queryable, key: string): Promise<void> {
  await q.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${`indsats-kept:${key}`}, 0))`);
}
