import type pg from 'pg';
import { BatchingClient } from './batching-client.js';

type QueryArgs = Parameters<BatchingClient['query']>;

/**
 * What Drizzle's node-postgres driver is given on PostgreSQL: the pool, except that
 * a Drizzle transaction (`db.transaction`: seeding, housekeeping, maintenance) runs
 * its queries on the batching client (ADR 26), as a request's transaction does.
 * Queries such work starts together (`Promise.all`) travel in one message instead
 * of queueing on the connection – which node-postgres deprecates and pg 9 refuses.
 * Queries outside a transaction go to the pool as before.
 *
 * Drizzle treats an object whose class name contains "Pool" as a pool: it calls
 * `connect()` for a transaction, then `query()` on that connection and `release()`.
 */
export class BatchingPool {
  constructor(private readonly pool: pg.Pool) {}

  query(...args: Parameters<pg.Pool['query']>): ReturnType<pg.Pool['query']> {
    return (this.pool.query as (...a: unknown[]) => ReturnType<pg.Pool['query']>)(...args);
  }

  async connect(): Promise<{
    query: (...args: QueryArgs) => ReturnType<BatchingClient['query']>;
    release: () => void;
  }> {
    const client = await this.pool.connect();
    const batching = new BatchingClient(client);
    return {
      query: (...args) => batching.query(...args),
      // A connection whose batch failed may hold a half-prepared statement: not reused (ADR 26).
      release: () => client.release(batching.failedBatch),
    };
  }
}
