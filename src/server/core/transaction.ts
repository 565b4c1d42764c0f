import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import { ROLES } from '../../shared/roles.js';
import { BatchingClient } from '../db/batching-client.js';
import { APP_ROLE, poolOf, queryRows, type Db, type DrizzleTx, type Tx } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import { childScopeOf, type Actor, type ChildScope } from './actor.js';
import { auditInsertSql, type AuditRow } from './audit-insert.js';

export type { AuditRow } from './audit-insert.js';

/** Audit rows a transaction has recorded; written just before it commits (see run below). */
const pendingAudit = new WeakMap<object, AuditRow[]>();

/** Records an audit row in the caller's transaction. Only inside a request transaction. */
export function queueAudit(tx: Tx, row: AuditRow): void {
  const queue = pendingAudit.get(tx);
  if (!queue) throw new Error('audit outside a request transaction');
  queue.push(row);
}

/**
 * What a transaction's first round trip sends after BEGIN: one statement,
 * the same on both engines, that sets the scope (and may return rows, such as
 * the session it derived the scope from). On PostgreSQL it is prepared once
 * per connection under `name` – the PREPARE travels in the same message the
 * first time – and sent as EXECUTE with its values escaped by the driver.
 * Its parameters are strings.
 */
export interface FirstStatement {
  readonly name: string;
  readonly query: SQL;
}

/** A transaction whose first round trip is done; `run` or `rollback` ends it, once. */
export interface OpenTx {
  /** What the first statement returned. */
  readonly rows: Record<string, unknown>[];
  /** Runs `work`, then inserts the audit rows it queued and commits; rolls back when anything fails. */
  run<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Ends the transaction without work. */
  rollback(): Promise<void>;
}

/** The transaction-local settings of a scope, in the order they are set. */
const SCOPE_KEYS = ['role', 'indsats.child_scope', 'indsats.municipality', 'indsats.institutions', 'indsats.user_id'];

function scopeValues(actor: Actor | null): string[] {
  return [
    APP_ROLE,
    childScopeOf(actor),
    actor?.municipalityCode ?? '',
    actor?.institutionIds.join(',') ?? '',
    actor?.userId ?? '',
  ];
}

function setScope(values: SQL[]): SQL {
  return sql.join(
    SCOPE_KEYS.map((key, i) => sql`set_config(${key}, ${values[i]}, true)`),
    sql`, `,
  );
}

/** The first statement of a request's transaction when the actor is known: the scope, nothing else. */
export function scopeStatement(actor: Actor | null): FirstStatement {
  return { name: 'indsats_scope', query: sql`SELECT ${setScope(scopeValues(actor).map((v) => sql`${v}`))}` };
}

/**
 * The same settings as SQL expressions over a session row, for a first
 * statement that looks the session up and sets its scope in one trip: the
 * active role, its first municipality ('' if none), its institutions joined
 * by commas, the user id. The child scope per role is childScopeOf's, so the
 * two ways of setting a scope cannot drift apart (test/postgres/transaction-paths.test.ts).
 */
export function scopeOfSessionSql(row: { role: SQL; municipality: SQL; institutions: SQL; userId: SQL }): SQL {
  const rolesWith = (scope: ChildScope) =>
    ROLES.filter((role) => childScopeOf({ ...SOME_ACTOR, role }) === scope).map((role) => sql`${role}`);
  const childScope = sql`CASE WHEN ${row.municipality} = '' THEN 'none'
    WHEN ${row.role}::text IN (${sql.join(rolesWith('municipality'), sql`, `)}) THEN 'municipality'
    WHEN ${row.role}::text IN (${sql.join(rolesWith('institution'), sql`, `)}) THEN 'institution'
    ELSE 'none' END`;
  return setScope([sql`${APP_ROLE}`, childScope, row.municipality, row.institutions, sql`${row.userId}::text`]);
}

const SOME_ACTOR: Actor = {
  userId: '',
  name: '',
  email: '',
  role: 'staff',
  municipalityCode: '0000',
  institutionIds: [],
  ip: null,
};

/**
 * Begins a transaction as the application role with a scope set
 * transaction-locally (set_config(..., true)) by `first`, so row-level
 * security applies and nothing survives on a pooled connection. On PostgreSQL
 * BEGIN travels with the first statement, and the audit rows with COMMIT: an
 * audited read is three round trips, and the audit chain's head is locked only
 * for the time the server needs to insert and commit.
 */
export function beginTx(db: Db, first: FirstStatement): Promise<OpenTx> {
  const pool = poolOf(db);
  return pool ? beginOnPostgres(pool, first) : beginOnPglite(db, first);
}

/** Runs `work` in one transaction scoped to the actor; audit rows queued by the work commit with it. */
export async function inActorTx<T>(db: Db, actor: Actor | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  const open = await beginTx(db, scopeStatement(actor));
  return open.run(work);
}

const dialect = new PgDialect();
/** The statements each pooled connection has prepared. */
const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();

async function beginOnPostgres(pool: pg.Pool, first: FirstStatement): Promise<OpenTx> {
  const query = dialect.sqlToQuery(first.query);
  const params = query.params.map((p) => {
    if (typeof p !== 'string') throw new Error(`${first.name}: parameters are strings`);
    return p;
  });
  const client = await pool.connect();
  const lit = (value: string) => client.escapeLiteral(value);
  const args = params.map(lit);
  const prepared = preparedOn.get(client) ?? new Set<string>();
  const prepare = prepared.has(first.name) ? '' : `PREPARE ${first.name} AS ${query.sql}; `;
  const execute = `EXECUTE ${first.name}${args.length > 0 ? `(${args.join(', ')})` : ''}`;
  let rows: Record<string, unknown>[];
  try {
    const results = (await client.query(`BEGIN; ${prepare}${execute}`)) as unknown as pg.QueryResult[];
    rows = (results.at(-1)?.rows ?? []) as Record<string, unknown>[];
  } catch (err) {
    // Whether a PREPARE in a failed message took is unknown: such a connection is not reused.
    await rollbackAndRelease(client, prepare !== '');
    throw err;
  }
  prepared.add(first.name);
  preparedOn.set(client, prepared);

  const end = endsOnce();
  return {
    rows,
    async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      end();
      // Queries the work starts together travel together (db/batching-client.ts).
      const batching = new BatchingClient(client);
      const tx: Tx = drizzlePg(batching as unknown as pg.PoolClient);
      pendingAudit.set(tx, []);
      try {
        const result = await work(tx);
        batching.end();
        await client.query(`${auditInsertSql(pendingAudit.get(tx) ?? [], lit)}COMMIT`);
        client.release();
        return result;
      } catch (err) {
        batching.end();
        await rollbackAndRelease(client, batching.failedBatch);
        throw err;
      }
    },
    async rollback() {
      end();
      await rollbackAndRelease(client, false);
    },
  };
}

async function rollbackAndRelease(client: pg.PoolClient, discard: boolean): Promise<void> {
  try {
    await client.query('ROLLBACK');
    client.release(discard);
  } catch (rollbackError) {
    client.release(rollbackError as Error); // a broken connection is not returned to the pool
  }
}

/** Thrown inside Drizzle's transaction to roll it back; never leaves this file. */
const ROLLBACK = new Error('rolled back');

/**
 * PGlite has one connection: Drizzle's transaction holds it, and other work
 * waits. The transaction's callback stays open until `run` or `rollback` says
 * how it ends, so the same OpenTx serves work that is handed over later.
 */
function beginOnPglite(db: Db, first: FirstStatement): Promise<OpenTx> {
  return new Promise<OpenTx>((resolve, reject) => {
    let open = false;
    let decide: (commit: boolean) => void = () => undefined;
    const decided = new Promise<boolean>((resolveDecision) => (decide = resolveDecision));
    const finished = db.transaction(async (drizzleTx: DrizzleTx) => {
      const rows = await queryRows<Record<string, unknown>>(drizzleTx, first.query);
      const tx = drizzleTx as unknown as Tx;
      pendingAudit.set(tx, []);
      open = true;
      resolve(handle(tx, rows));
      if (!(await decided)) throw ROLLBACK;
      const audit = pendingAudit.get(tx) ?? [];
      if (audit.length > 0) await drizzleTx.insert(auditLog).values(audit);
    });
    finished.catch((err: unknown) => {
      if (!open) reject(err instanceof Error ? err : new Error(String(err)));
    });
    const rolledBack = () =>
      finished.catch((err: unknown) => {
        if (err !== ROLLBACK) throw err;
      });

    function handle(tx: Tx, rows: Record<string, unknown>[]): OpenTx {
      const end = endsOnce();
      return {
        rows,
        async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
          end();
          let result: T;
          try {
            result = await work(tx);
          } catch (err) {
            decide(false);
            await rolledBack().catch(() => undefined);
            throw err;
          }
          decide(true);
          await finished;
          return result;
        },
        async rollback() {
          end();
          decide(false);
          await rolledBack();
        },
      };
    }
  });
}

/** Runs `work` as the schema owner with the maintenance scope (seeding, benchmarks). Never for requests. */
export function inMaintenanceTx<T>(db: Db, work: (tx: DrizzleTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT set_config('indsats.child_scope', 'maintenance', true)`);
    return work(tx);
  });
}

/** An OpenTx ends once: the returned function throws when called a second time. */
function endsOnce(): () => void {
  let ended = false;
  return () => {
    if (ended) throw new Error('the transaction has ended');
    ended = true;
  };
}
