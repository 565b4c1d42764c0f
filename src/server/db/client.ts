import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { BatchingPool } from './batching-pool.js';
import * as schema from './schema.js';

/** The role requests run as (row-level security applies to it; migrations create it). */
export const APP_ROLE = 'indsats_app';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/**
 * What a request's work runs on. On PostgreSQL it is a Drizzle instance over the
 * transaction's own pool client (db/scope.ts), so it has no relational-query schema.
 */
export type Tx = PgDatabase<PgQueryResultHKT>;
/** Drizzle's own transaction object (seeding, maintenance). */
export type DrizzleTx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database itself or a transaction on it: what repositories take. */
export type Queryable = Db | Tx | DrizzleTx;

const pools = new WeakMap<Db, pg.Pool>();

/** The node-postgres pool behind a Drizzle instance, if it runs on a PostgreSQL server. */
export function poolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

export interface Database {
  engine: 'pglite' | 'postgres';
  /** Connects as the schema owner; requests narrow themselves with db/scope.ts. */
  db: Db;
  /** Runs plain SQL as the owner (migrations, maintenance, tests). */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; omitted = in memory. */
  dataDir?: string | undefined;
  /** A dumped PGlite data folder to start from (tests clone a migrated template). */
  loadDataDir?: Blob | File | undefined;
  poolSize?: number;
}

// Dates stay strings ('2026-11-23'): a birth date has no time zone.
pg.types.setTypeParser(1082, (v: string) => v);

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      /* an idle client died; the pool replaces it */
    });
    const db = drizzlePg(new BatchingPool(pool) as unknown as pg.Pool, { schema });
    pools.set(db, pool);
    return {
      engine: 'postgres',
      db,
      exec: async (sqlText) => {
        await pool.query(sqlText);
      },
      close: () => pool.end(),
      pool,
    };
  }
  // pg_trgm: the trigram index behind the child-name search (drizzle/0008_child_name_search.sql).
  const client = await PGlite.create(options.dataDir, { loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
  return {
    engine: 'pglite',
    db: drizzlePglite(client, { schema }),
    exec: async (sqlText) => {
      await client.exec(sqlText);
    },
    close: () => client.close(),
    pglite: client,
  };
}

/** Rows of a raw SQL query, typed; both drivers return `{ rows }`. */
export async function queryRows<T>(q: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await q.execute(query);
  return (result as { rows: T[] }).rows;
}
