import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPageQuery, type AuditFilter } from '../src/server/audit/audit-repository.js';
import { queryRows } from '../src/server/db/client.js';
import { auditLog } from '../src/server/db/schema.js';
import { ListAuditResponse } from '../src/shared/contracts/audit.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

// Issue 9, point 13: the audit page counted pages by offset and filtered by scanning the table.
// It now pages by a cursor on (occurred_at, chain, seq) and every filter it offers is an index (ADR 15).

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.loginAs('national_admin');
});
afterAll(() => t.close());

/** Appends `n` entries through the real chain trigger in one transaction (so they share a time). */
async function append(
  n: number,
  values: { action?: string; entityId: string; municipality?: string; chain?: 'access' | 'change'; actor?: string },
) {
  const orNull = (v: string | undefined) => (v ? `'${v}'` : 'NULL');
  await t.database.exec(
    `INSERT INTO audit_log (chain, action, entity_type, entity_id, municipality_code, actor_user_id)
     SELECT '${values.chain ?? 'access'}', '${values.action ?? 'child.read'}', 'test', '${values.entityId}',
       ${orNull(values.municipality)}, ${orNull(values.actor)}
     FROM generate_series(1, ${n})`,
  );
}

const keyOf = (e: { chain: string; seq: number }) => `${e.chain}:${e.seq}`;

async function page(agent: Agent, query: string) {
  const res = await agent.get(`/api/v1/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return ListAuditResponse.parse(res.json());
}

describe('paging the audit log by cursor', () => {
  it('returns every entry exactly once across pages while new entries keep arriving', async () => {
    const marker = 'keyset-once';
    // Entries in both chains, several sharing one time, so the order needs chain and seq to break ties.
    await append(5, { entityId: marker });
    await append(4, { entityId: marker, chain: 'change' });
    await append(6, { entityId: marker });
    const existing = (await t.database.db.select().from(auditLog)).filter((r) => r.entityId === marker).map(keyOf);
    expect(existing).toHaveLength(15);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const body = await page(admin, `entityId=${marker}&pageSize=4${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.page).not.toHaveProperty('total');
      seen.push(...body.items.map(keyOf));
      cursor = body.page.nextCursor;
      expect(body.page.hasMore).toBe(cursor !== null);
      // New entries arrive between pages; they are newer than the cursor and do not disturb the walk.
      await append(2, { entityId: marker });
      pages += 1;
    } while (cursor && pages < 20);

    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.toSorted()).toEqual(existing.toSorted());
  });

  it('lists newest first in the order (occurred_at, chain, seq)', async () => {
    const marker = 'keyset-order';
    await append(3, { entityId: marker, chain: 'change' });
    await append(3, { entityId: marker });
    // Both chains in one transaction: the same time, so chain and then seq decide.
    await t.database.exec(
      `INSERT INTO audit_log (chain, action, entity_type, entity_id)
       SELECT CASE WHEN i % 2 = 0 THEN 'change' ELSE 'access' END, 'child.read', 'test', '${marker}'
       FROM generate_series(1, 4) i`,
    );
    const body = await page(admin, `entityId=${marker}`);
    expect(body.page).toEqual({ pageSize: 50, hasMore: false, nextCursor: null });

    // The order is by the database's time to the microsecond; the answer shows it to the millisecond,
    // where two transactions can share a value. The expected order is built from the stored times.
    const stored = await queryRows<{ chain: string; seq: number; at: string }>(
      t.database.db,
      sql`SELECT chain, seq::int AS seq, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at
          FROM audit_log WHERE entity_id = ${marker}`,
    );
    expect(stored).toHaveLength(10);
    const chainsAt = new Map<string, Set<string>>();
    for (const r of stored) chainsAt.set(r.at, (chainsAt.get(r.at) ?? new Set()).add(r.chain));
    expect([...chainsAt.values()].some((chains) => chains.size === 2)).toBe(true);
    const newestFirst = (a: (typeof stored)[number], b: (typeof stored)[number]) =>
      a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.chain !== b.chain ? (a.chain < b.chain ? 1 : -1) : b.seq - a.seq;
    const expected = stored.toSorted(newestFirst);
    expect(body.items.map(keyOf)).toEqual(expected.map(keyOf));
    // The shown time is the stored one, to the millisecond (non-increasing down the page).
    const micros = (at: string) => Date.parse(`${at.slice(0, 23)}Z`) * 1000 + Number(at.slice(23, 26));
    body.items.forEach((e, i) => {
      expect(Math.abs(Date.parse(e.occurredAt) * 1000 - micros(expected[i]!.at))).toBeLessThan(1000);
      if (i > 0) expect(Date.parse(e.occurredAt)).toBeLessThanOrEqual(Date.parse(body.items[i - 1]!.occurredAt));
    });
  });

  it('refuses a cursor it did not make, naming the field, and writes nothing', async () => {
    const count = async () => (await t.database.db.select().from(auditLog)).length;
    const before = await count();
    for (const cursor of [
      'abc',
      '2026-13-45T10:00:00.000000Z_access_1',
      '2026-12-04T10:00:00.000000Z_other_1',
      "2026-12-04T10:00:00.000000Z_access_1'--",
    ]) {
      const res = await admin.get(`/api/v1/audit?cursor=${encodeURIComponent(cursor)}`);
      expect(res.statusCode, cursor).toBe(400);
      expect(res.json().errors).toEqual([
        expect.objectContaining({ field: 'cursor', message: expect.stringMatching(/markør/) }),
      ]);
    }
    expect(await admin.get('/api/v1/audit?page=2').then((r) => r.statusCode)).toBe(400);
    expect(await count()).toBe(before);
  });
});

describe('filters', () => {
  it('combine: municipality, action, user, record and the date window', async () => {
    const { id: leader } = await t.buildPerson({ role: 'daycare_leader', municipalityCode: '0860' });
    await append(2, { entityId: 'filters-a', action: 'child.read', municipality: '0860', actor: leader });
    await append(3, { entityId: 'filters-a', action: 'child.export', municipality: '0860' });
    await append(4, { entityId: 'filters-a', action: 'child.read', municipality: '0217' });
    const [{ today, tomorrow, yesterday } = { today: '', tomorrow: '', yesterday: '' }] = await queryRows<{
      today: string;
      tomorrow: string;
      yesterday: string;
    }>(
      t.database.db,
      sql`SELECT d::text AS today, (d + 1)::text AS tomorrow, (d - 1)::text AS yesterday FROM (SELECT (now() AT TIME ZONE 'Europe/Copenhagen')::date AS d) x`,
    );
    const count = async (q: string) => (await page(admin, `entityId=filters-a&pageSize=200&${q}`)).items.length;
    expect(await count('')).toBe(9);
    expect(await count('action=child.read')).toBe(6);
    expect(await count('action=child.read&municipality=0860')).toBe(2);
    expect(await count('action=child.export&municipality=0217')).toBe(0);
    expect(await count(`municipality=0860&from=${today}&to=${today}`)).toBe(5);
    expect(await count(`from=${tomorrow}`)).toBe(0);
    expect(await count(`to=${yesterday}`)).toBe(0);

    // The chief's own municipality is always part of the filter.
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0217' });
    const theirs = await page(chief, 'entityId=filters-a&pageSize=200');
    expect(theirs.items.map((e) => e.municipalityCode)).toEqual(['0217', '0217', '0217', '0217']);
    expect((await page(chief, 'entityId=filters-a&municipality=0860')).items).toEqual([]);

    expect(await count(`actorUserId=${leader}`)).toBe(2);
    expect(await count(`actorUserId=${leader}&action=child.export`)).toBe(0);
  });
});

/**
 * The plan of a query with sequential scans and sorts discouraged: the test table is small, so the
 * planner might scan it anyway; told to avoid a scan, it can only when an index serves the query.
 */
async function explainWithoutScans(text: string, params: unknown[]): Promise<string> {
  const settings = ['SET LOCAL enable_seqscan = off', 'SET LOCAL enable_sort = off'];
  const { pool, pglite } = t.database;
  let rows: { 'QUERY PLAN': string }[] = [];
  if (pool) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const s of settings) await client.query(s);
      rows = (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, params)).rows;
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  } else if (pglite) {
    rows = await pglite.transaction(async (tx) => {
      for (const s of settings) await tx.query(s);
      return (await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, params)).rows;
    });
  }
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

describe('every filter the page offers is served by an index', () => {
  beforeAll(async () => {
    // A log shaped like the country's (many municipalities, reads common, exports rare), and statistics on it.
    await t.database.exec(
      // Dated inside the windows the cases ask for, whatever the system clock says.
      `INSERT INTO audit_log (chain, action, entity_type, entity_id, municipality_code, occurred_at)
       SELECT 'access', CASE WHEN i % 10 = 0 THEN 'child.search' ELSE 'child.read' END, 'child', 'plan-' || i, lpad((i % 98 + 100)::text, 4, '0'),
              timestamptz '2026-03-01 08:00+00' + i * interval '1 hour'
       FROM generate_series(1, 6000) i`,
    );
    await t.database.exec('ANALYZE audit_log');
  });

  // Windows wide enough to hold every row whatever the system clock says (the database dates the
  // other entries by its own clock): the plan must not depend on which rows fall inside.
  const cursorKey = { occurredAt: '2100-01-01T00:00:00.000000Z', chain: 'change', seq: 10 };
  const cases: [string, AuditFilter, string][] = [
    ['newest first, nothing else', { scope: 'all' }, 'audit_occurred_idx'],
    [
      'a rare action in a date window, from a cursor',
      { scope: 'all', action: 'child.export', from: '2000-01-01', to: '2099-12-31', after: cursorKey },
      'audit_action_idx',
    ],
    [
      'the chief’s municipality',
      { scope: { municipality: '0860' }, from: '2026-01-01', after: cursorKey },
      'audit_municipality_idx',
    ],
    [
      'the chief’s municipality and an action',
      { scope: { municipality: '0860' }, action: 'child.export', to: '2099-12-31' },
      'audit_municipality_action_idx',
    ],
    [
      'a user',
      { scope: 'all', actorUserId: '00000000-0000-4000-8000-000000000000', from: '2026-01-01' },
      'audit_actor_idx',
    ],
    ['a record', { scope: { municipality: '0860' }, entityId: 'x', after: cursorKey }, 'audit_entity_idx'],
  ];
  it.each(cases)('%s', async (_name, filter, index) => {
    const query = auditPageQuery(t.database.db, filter, 51).toSQL();
    // The test table is small, so the planner is told to avoid a scan if it can: it can only when an index serves.
    const plan = await explainWithoutScans(query.sql, query.params);
    expect(plan).not.toMatch(/Seq Scan on audit_log/);
    expect(plan).toMatch(new RegExp(`Index Scan (Backward )?using ${index} on audit_log`));
    expect(plan).not.toMatch(/Sort Key/);
    // The date window and the cursor are index conditions, not filters on rows read.
    if (filter.from || filter.to || filter.after) {
      const cond = plan.split('\n').find((l) => l.includes('Index Cond')) ?? '';
      expect(cond).toContain('occurred_at');
    }
  });
});
