import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneAudit, pruneAuditBatch } from '../src/server/audit/retention.js';
import { verifyAudit } from '../src/server/audit/verify-audit.js';
import { queryRows } from '../src/server/db/client.js';
import { buildChild } from './helpers/factories.js';
import { engine } from './helpers/test-database.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';

// Issue 9, point 12: the hourly prune ran as one statement that scanned the whole audit log while
// holding the access chain's head, so every audited request waited for it (ADR 15).

let t: TestApp;
let leader: PersonAgent;
let childId: string;
beforeAll(async () => {
  t = await startTestApp();
  leader = await t.loginAs('daycare_leader');
  childId = (await buildChild(t.database, { institutionId: leader.person.institutionId! })).id;
});
afterAll(() => t.close());

const FAR_FUTURE = new Date('2100-01-01T00:00:00Z');

/** Appends `n` access rows through the real chain trigger, in one transaction (so they share a time). */
async function appendAccessRows(n: number): Promise<void> {
  await t.database.exec(
    `INSERT INTO audit_log (chain, action, entity_type) SELECT 'access', 'child.read', 'test' FROM generate_series(1, ${n})`,
  );
}

async function accessChain() {
  const [row] = await queryRows<{ rows: number; first: number | null; anchor: number; last: number }>(
    t.database.db,
    sql`SELECT (SELECT count(*)::int FROM audit_log WHERE chain = 'access') AS rows,
      (SELECT min(seq)::int FROM audit_log WHERE chain = 'access') AS first,
      (SELECT pruned_through_seq::int FROM audit_anchor WHERE chain = 'access') AS anchor,
      (SELECT last_seq::int FROM audit_chain WHERE chain = 'access') AS last`,
  );
  if (!row) throw new Error('no access chain');
  return row;
}

/** Returns once the database's clock has reached `iso` (at most a millisecond away): asks, never sleeps. */
async function untilDatabaseClockReaches(iso: string): Promise<void> {
  for (let asked = 0; asked < 10_000; asked++) {
    const [row] = await queryRows<{ reached: boolean }>(
      t.database.db,
      sql`SELECT clock_timestamp() >= ${iso}::timestamptz AS reached`,
    );
    if (row?.reached) return;
  }
  throw new Error(`the database's clock did not reach ${iso}`);
}

/** A read of the leader's own child: one access row. */
async function auditedRead(): Promise<void> {
  const res = await leader.get(`/api/v1/children/${childId}`);
  expect(res.statusCode).toBe(200);
}

describe('the audit prune works in small batches along the key', () => {
  it('removes at most one batch per call, from the anchor on, and `audit verify` passes after each', async () => {
    await appendAccessRows(25);
    const start = await accessChain();
    expect(start.rows).toBeGreaterThan(10);

    expect(await pruneAuditBatch(t.database.db, 'access', FAR_FUTURE, 10)).toBe(10);
    const partial = await accessChain();
    expect(partial).toMatchObject({
      rows: start.rows - 10,
      anchor: start.anchor + 10,
      first: start.anchor + 11,
      last: start.last,
    });
    expect(await verifyAudit(t.database.db)).toMatchObject({ ok: true, breaks: [] });

    const batches: number[] = [];
    const removed = await pruneAudit(
      t.database.db,
      { accessRetentionDays: 0, retentionDays: 100_000 },
      {
        now: FAR_FUTURE,
        batchSize: 10,
        onBatch: (chain, n) => void batches.push(n),
      },
    );
    expect(removed).toEqual({ access: start.rows - 10, change: 0, auth: 0 });
    expect(batches.every((n) => n > 0 && n <= 10)).toBe(true);
    expect(batches.length).toBe(Math.ceil((start.rows - 10) / 10));
    const full = await accessChain();
    expect(full).toMatchObject({ rows: 0, first: null, anchor: start.last, last: start.last });
    expect(await verifyAudit(t.database.db)).toMatchObject({ ok: true, breaks: [] });

    // New entries chain on from the anchor.
    await auditedRead();
    expect(await verifyAudit(t.database.db)).toMatchObject({ ok: true, breaks: [] });
    expect(await pruneAuditBatch(t.database.db, 'access', new Date('2000-01-01T00:00:00Z'), 10)).toBe(0);
  });

  it('stops at the first entry that is still young, so only a prefix goes', async () => {
    await appendAccessRows(3);
    // The cutoff is a Date (milliseconds), the entries' times are microseconds: take the first millisecond after the
    // older entries, and add the young ones only once the database's clock has reached it. Taken as the clock's
    // microseconds, the cutoff could truncate to before entries written in the same millisecond (seen once in CI).
    const [{ cutoff } = { cutoff: '' }] = await queryRows<{ cutoff: string }>(
      t.database.db,
      sql`SELECT to_char((date_trunc('milliseconds', max(occurred_at)) + interval '1 millisecond') AT TIME ZONE 'UTC',
        'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS cutoff FROM audit_log WHERE chain = 'access'`,
    );
    await untilDatabaseClockReaches(cutoff);
    await appendAccessRows(4);
    const before = await accessChain();
    expect(await pruneAuditBatch(t.database.db, 'access', new Date(cutoff), 1000)).toBe(before.rows - 4);
    expect(await pruneAuditBatch(t.database.db, 'access', new Date(cutoff), 1000)).toBe(0);
    expect(await accessChain()).toMatchObject({ rows: 4, anchor: before.last - 4 });
    expect(await verifyAudit(t.database.db)).toMatchObject({ ok: true, breaks: [] });
  });

  it('lets audited requests commit between its batches', async () => {
    await appendAccessRows(30);
    const reads: number[] = [];
    await pruneAudit(
      t.database.db,
      { accessRetentionDays: 0, retentionDays: 100_000 },
      {
        now: FAR_FUTURE,
        batchSize: 7,
        onBatch: async (chain) => {
          if (chain !== 'access' || reads.length >= 2) return;
          await auditedRead();
          reads.push((await accessChain()).last);
        },
      },
    );
    expect(reads).toHaveLength(2);
    // The prune started before those reads' rows existed… and removed them as they were old too.
    expect(await verifyAudit(t.database.db)).toMatchObject({ ok: true, breaks: [] });
  });

  it('cannot be called by the application role', async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('role', 'indsats_app', true)`);
        await tx.execute(sql`SELECT indsats_audit_prune_batch('access', now(), 10)`);
      }),
    ).rejects.toThrow();
  });
});

describe.skipIf(engine !== 'postgres')('on PostgreSQL, the prune and audited requests run side by side', () => {
  const url = () => {
    const pool = t.database.pool;
    if (!pool) throw new Error('no pool');
    return pool.options.connectionString ?? '';
  };

  it('holds no lock on the chain head while a batch is open, so an audited request commits meanwhile', async () => {
    await appendAccessRows(20);
    const pruner = new pg.Client({ connectionString: url() });
    const prober = new pg.Client({ connectionString: url() });
    await pruner.connect();
    await prober.connect();
    try {
      await pruner.query('BEGIN');
      const { rows } = await pruner.query<{ n: string }>(
        `SELECT indsats_audit_prune_batch('access', '2100-01-01', 10) AS n`,
      );
      expect(Number(rows[0]?.n)).toBe(10);
      // The batch is still open. Another transaction can take the head at once (NOWAIT fails if it is held) …
      await prober.query('BEGIN');
      await prober.query(`SELECT 1 FROM audit_chain WHERE chain = 'access' FOR UPDATE NOWAIT`);
      await prober.query('ROLLBACK');
      // … and an audited request commits its row.
      const before = await accessChain();
      await auditedRead();
      expect((await accessChain()).last).toBe(before.last + 1);
      await pruner.query('COMMIT');
    } finally {
      await pruner.end();
      await prober.end();
    }
    expect(await verifyAudit(t.database.db)).toMatchObject({ ok: true, breaks: [] });
  });

  it('deletes by an index range on (chain, seq), not a scan of the table', async () => {
    // The test table is tiny, so the planner is told to avoid a scan if it can: it can only when the key serves.
    const plan = await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`EXPLAIN DELETE FROM audit_log WHERE chain = 'access' AND seq > 5 AND seq <= 15`,
      );
    });
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index (Only )?Scan using audit_log_chain_seq_pk|Bitmap Index Scan on audit_log_chain_seq_pk/);
    expect(text).not.toMatch(/Seq Scan on audit_log/);
  });

  it('answers the health check with 503 instead of hanging when no connection is free', async () => {
    const pool = t.database.pool;
    if (!pool) throw new Error('no pool');
    const held = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
    try {
      const res = await t.anonymous.get('/api/health');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: 'unavailable' });
    } finally {
      for (const c of held) c.release();
    }
    expect((await t.anonymous.get('/api/health')).statusCode).toBe(200);
  });
});
