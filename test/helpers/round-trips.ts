import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Database } from '../../src/server/db/client.js';

/**
 * Records the statements a piece of work sends to a PGlite database – outside
 * and inside transactions – and counts them as round trips the way the
 * PostgreSQL path makes them (core/transaction.ts): BEGIN travels with the
 * first statement (a read's session lookup and the scope it sets), and a COMMIT
 * right after the audit insert travels with it, so neither counts on its own.
 * A read's trips are then: the session with the scope, each data query, and
 * the commit (with the audit row, if any).
 */
export interface TripRecorder {
  /** Statements sent while recording, in order (whitespace collapsed). */
  statements: string[];
  /** Runs `work` and returns the round trips it made. */
  count(work: () => Promise<unknown>): Promise<number>;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function tripsOf(statements: string[]): number {
  let trips = 0;
  statements.forEach((s, i) => {
    if (/^BEGIN\b/i.test(s)) return;
    if (/^COMMIT\b/i.test(s) && /^insert into "?audit_log"?/i.test(statements[i - 1] ?? '')) return;
    trips += 1;
  });
  return trips;
}

type QueryFn = PGlite['query'];
type ExecFn = PGlite['exec'];

/** Wraps the database's PGlite instance once; recording is on only inside `count`. */
export function recordTrips(database: Database): TripRecorder {
  const pglite = database.pglite;
  if (!pglite) throw new Error('recordTrips needs PGlite');
  const statements: string[] = [];
  let on = false;
  const note = (text: unknown) => {
    if (on) statements.push(oneLine(String(text)));
  };
  const wrapQuery = (query: QueryFn, self: unknown): QueryFn =>
    ((text: string, ...rest: unknown[]) => {
      note(text);
      return (query as (...a: unknown[]) => unknown).call(self, text, ...rest);
    }) as QueryFn;
  const wrapExec = (exec: ExecFn, self: unknown): ExecFn =>
    ((text: string, ...rest: unknown[]) => {
      note(text);
      return (exec as (...a: unknown[]) => unknown).call(self, text, ...rest);
    }) as ExecFn;

  pglite.query = wrapQuery(pglite.query.bind(pglite), pglite);
  pglite.exec = wrapExec(pglite.exec.bind(pglite), pglite);
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = <T>(callback: (tx: Transaction) => Promise<T>) =>
    transaction(async (tx) => {
      note('BEGIN');
      const wrapped: Transaction = Object.create(tx) as Transaction;
      wrapped.query = wrapQuery(tx.query.bind(tx), tx);
      wrapped.exec = wrapExec(tx.exec.bind(tx), tx);
      const result = await callback(wrapped);
      note('COMMIT');
      return result;
    });

  return {
    statements,
    async count(work) {
      statements.length = 0;
      on = true;
      try {
        await work();
      } finally {
        on = false;
      }
      return tripsOf(statements);
    },
  };
}
