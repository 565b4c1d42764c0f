import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { APP_ROLE, poolOf, type Db, type DrizzleTx, type Tx } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import { childScopeOf, type Actor } from './actor.js';

export type AuditRow = typeof auditLog.$inferInsert;

/** Audit rows a transaction has recorded; written just before it commits (see flush below). */
const pendingAudit = new WeakMap<object, AuditRow[]>();

/** Records an audit row in the caller's transaction. Only inside inActorTx. */
export function queueAudit(tx: Tx, row: AuditRow): void {
  const queue = pendingAudit.get(tx);
  if (!queue) throw new Error('audit outside a request transaction');
  queue.push(row);
}

function scopeSettings(actor: Actor | null): [string, string][] {
  return [
    ['role', APP_ROLE],
    ['indsats.child_scope', childScopeOf(actor)],
    ['indsats.municipality', actor?.municipalityCode ?? ''],
    ['indsats.institutions', actor?.institutionIds.join(',') ?? ''],
    ['indsats.user_id', actor?.userId ?? ''],
  ];
}

/**
 * Runs `work` in one transaction as the application role with the actor's scope
 * set transaction-locally (set_config(..., true)), so row-level security applies
 * and nothing survives on a pooled connection. Audit rows queued by the work are
 * inserted at the end, in the same transaction.
 *
 * On PostgreSQL the transaction takes four round trips for a typical audited
 * read: BEGIN with the scope, the query, and the audit insert sent together
 * with COMMIT – so the audit chain's head is locked only for the time the server
 * needs to insert and commit, never across a turn of Node's event loop.
 */
export function inActorTx<T>(db: Db, actor: Actor | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  const pool = poolOf(db);
  return pool ? inPostgresTx(pool, actor, work) : inDrizzleTx(db, actor, work);
}

async function inPostgresTx<T>(pool: pg.Pool, actor: Actor | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const lit = (value: string) => client.escapeLiteral(value);
  try {
    const settings = scopeSettings(actor).map(([k, v]) => `set_config(${lit(k)}, ${lit(v)}, true)`);
    await client.query(`BEGIN; SELECT ${settings.join(', ')}`);
    const tx: Tx = drizzlePg(client);
    pendingAudit.set(tx, []);
    const result = await work(tx);
    await client.query(`${auditInsertSql(pendingAudit.get(tx) ?? [], lit)}COMMIT`);
    client.release();
    return result;
  } catch (err) {
    try {
      await client.query('ROLLBACK');
      client.release();
    } catch (rollbackError) {
      client.release(rollbackError as Error); // a broken connection is not returned to the pool
    }
    throw err;
  }
}

async function inDrizzleTx<T>(db: Db, actor: Actor | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (drizzleTx: DrizzleTx) => {
    const settings = scopeSettings(actor).map(([k, v]) => sql`set_config(${k}, ${v}, true)`);
    await drizzleTx.execute(sql`SELECT ${sql.join(settings, sql`, `)}`);
    const tx = drizzleTx as unknown as Tx;
    pendingAudit.set(tx, []);
    const result = await work(tx);
    const rows = pendingAudit.get(tx) ?? [];
    if (rows.length > 0) await drizzleTx.insert(auditLog).values(rows);
    return result;
  });
}

const AUDIT_COLUMNS = [
  'chain',
  'action',
  'actor_user_id',
  'actor_role',
  'entity_type',
  'entity_id',
  'municipality_code',
  'ip',
  'details',
] as const;

/** The queued rows as one INSERT statement (values escaped by the driver), or nothing. */
function auditInsertSql(rows: AuditRow[], lit: (value: string) => string): string {
  if (rows.length === 0) return '';
  const value = (v: string | null | undefined) => (v === null || v === undefined ? 'NULL' : lit(v));
  const tuples = rows.map(
    (r) =>
      `(${[
        lit(r.chain),
        lit(r.action),
        value(r.actorUserId),
        value(r.actorRole),
        value(r.entityType),
        value(r.entityId),
        value(r.municipalityCode),
        value(r.ip),
        `${lit(JSON.stringify(r.details ?? {}))}::jsonb`,
      ].join(', ')})`,
  );
  return `INSERT INTO audit_log (${AUDIT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}; `;
}

/** Runs `work` as the schema owner with the maintenance scope (seeding, benchmarks). Never for requests. */
export function inMaintenanceTx<T>(db: Db, work: (tx: DrizzleTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('indsats.child_scope', 'maintenance', true)`);
    return work(tx);
  });
}
