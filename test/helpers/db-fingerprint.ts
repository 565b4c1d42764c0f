import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../src/server/db/client.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';

/**
 * What a refused request must leave as it was: for every table, its row count
 * and the newest row version (`xmin` changes with every committed insert or
 * update), and the number of change-chain audit rows. Left out: sessions and
 * login throttling (every request or login touches them) and the access and
 * auth audit chains (a refused attempt may rightly be recorded there).
 */
const VOLATILE = new Set(['sessions', 'login_throttle', 'audit_log', 'audit_chain', '__drizzle_migrations']);

export type Fingerprint = Record<string, string>;

let statement: string | undefined;

async function fingerprintSql(database: Database): Promise<string> {
  if (statement) return statement;
  const tables = await inMaintenanceTx(database.db, (tx) =>
    queryRows<{ name: string }>(
      tx,
      sql.raw(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`),
    ),
  );
  const parts = tables
    .map((t) => t.name)
    .filter((name) => !VOLATILE.has(name))
    .map(
      (name) =>
        `SELECT '${name}' AS t, count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text AS v FROM "${name}"`,
    );
  parts.push(`SELECT 'audit_log(change)' AS t, count(*)::text AS v FROM audit_log WHERE chain = 'change'`);
  statement = parts.join(' UNION ALL ');
  return statement;
}

export async function fingerprint(database: Database): Promise<Fingerprint> {
  const query = await fingerprintSql(database);
  const rows = await inMaintenanceTx(database.db, (tx) => queryRows<{ t: string; v: string }>(tx, sql.raw(query)));
  return Object.fromEntries(rows.map((r) => [r.t, r.v]));
}

/** The tables whose fingerprint differs (empty when nothing changed). */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}
