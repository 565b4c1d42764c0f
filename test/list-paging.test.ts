import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/server/db/client.js';
import { applications, municipalities } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { ApplicationListItem } from '../src/shared/contracts/applications.js';
import { AssessmentTask, RoundScoresResponse } from '../src/shared/contracts/assessments.js';
import { CourseListItem } from '../src/shared/contracts/courses.js';
import { encodeCursor } from '../src/shared/contracts/paging.js';
import { RoundListItem } from '../src/shared/contracts/rounds.js';
import { buildCourse } from './helpers/course-factories.js';
import { countRows } from './helpers/factories.js';
import { buildRound, buildSubmittedApplication } from './helpers/round-factories.js';
import { startTestApp, type Agent, type PersonAgent, type TestApp } from './helpers/test-app.js';

/**
 * Issue 9, point 14: every list is paged by keyset (`cursor` + `limit` →
 * `nextCursor`), in a stable order with a unique tie-breaker, and its items
 * carry only what the list shows. Walking a list a few rows at a time must
 * give every row exactly once, in the same order as one big page.
 *
 * The file builds its world once: its own admin, coordinator, assessor and
 * consultant, twin rounds assessed by that assessor with applications from
 * many municipalities, and three courses run by that consultant. A list the
 * agency sees whole is checked against every row in the table.
 */
let t: TestApp;
let admin: Agent;
let coordinator: Agent;
let assessor: PersonAgent;
let consultant: PersonAgent;
let scoredRound: string;

interface Page {
  items: { [key: string]: unknown }[];
  nextCursor: string | null;
}

/** Follows nextCursor to the end; fails on a page bigger than the limit or a loop. */
async function walk(agent: Agent, url: string, limit: number): Promise<Page['items']> {
  const all: Page['items'] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 500; pages++) {
    const sep = url.includes('?') ? '&' : '?';
    const res = await agent.get(`${url}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<Page>();
    expect(page.items.length).toBeLessThanOrEqual(limit);
    all.push(...page.items);
    if (page.nextCursor === null) return all;
    cursor = page.nextCursor;
  }
  throw new Error(`${url}: no end after 500 pages`);
}

const idsOf = (items: Page['items'], key = 'id') => items.map((i) => String(i[key]));

/** Small pages (about six, and about four of another size) and big ones list the same rows in the same order, none twice. */
async function expectStablePaging(agent: Agent, url: string, key = 'id'): Promise<Page['items']> {
  const big = await walk(agent, url, 200);
  const small = await walk(agent, url, Math.max(1, Math.ceil(big.length / 6)));
  expect(idsOf(small, key)).toEqual(idsOf(big, key));
  expect(new Set(idsOf(small, key)).size).toBe(small.length);
  expect(idsOf(await walk(agent, url, Math.max(1, Math.ceil(big.length / 4) + 1)), key)).toEqual(idsOf(big, key));
  return big;
}

async function expectBadCursor(agent: Agent, url: string, cursor: string): Promise<void> {
  const sep = url.includes('?') ? '&' : '?';
  const res = await agent.get(`${url}${sep}cursor=${encodeURIComponent(cursor)}`);
  expect(res.statusCode, res.body).toBe(400);
  const body = res.json<{ code: string; errors: { field: string; message: string }[] }>();
  expect(body.code).toBe('validation_failed');
  expect(body.errors).toEqual([{ field: 'cursor', message: expect.stringContaining('Markøren') }]);
}

beforeAll(async () => {
  t = await startTestApp();
  [admin, coordinator, assessor, consultant] = await Promise.all([
    t.loginAs('national_admin'),
    t.loginAs('coordinator', { municipalityCode: '0860' }),
    t.loginAs('assessor'),
    t.loginAs('consultant'),
  ]);
  const codes = (
    await inMaintenanceTx(t.database.db, (tx) =>
      tx.select({ code: municipalities.code }).from(municipalities).orderBy(municipalities.code).limit(12),
    )
  ).map((m) => m.code);
  const assessorId = assessor.person.id;
  // Two rounds with the same course start: the round id breaks the tie.
  const twins = [
    await buildRound(t.database, { courseStart: '2031-01-01', courseEnd: '2031-12-31', assessorIds: [assessorId] }),
    await buildRound(t.database, { courseStart: '2031-01-01', courseEnd: '2031-12-31', assessorIds: [assessorId] }),
  ];
  scoredRound = twins[0]!;
  for (const roundId of twins) {
    for (const code of [...codes, '0860', '0217']) {
      if (code === '0860' || code === '0217' || codes.indexOf(code) % 2 === 0)
        await buildSubmittedApplication(t.database, { roundId, municipalityCode: code });
    }
  }
  const consultantId = consultant.person.id;
  await buildCourse(t.database, { municipalityCode: '0860', consultantId });
  await buildCourse(t.database, { municipalityCode: '0217', consultantId });
  await buildCourse(t.database, {
    municipalityCode: '0860',
    consultantId,
    courseStart: '2030-01-01',
    courseEnd: '2030-12-31',
  });
});

afterAll(() => t.close());

describe('GET /api/v1/applications', () => {
  it('pages every application exactly once, in a stable order, without content', async () => {
    const items = await expectStablePaging(admin, '/api/v1/applications');
    expect(items).toHaveLength(await countRows(t.database, 'applications'));
    for (const item of items) {
      expect(item).not.toHaveProperty('content');
      ApplicationListItem.strict().parse(item);
    }
    // Newest course period first; within the twin rounds, one round's applications after the other's.
    const twinRounds = items.filter((i) => i.roundId === scoredRound).map((i) => items.indexOf(i));
    expect(twinRounds.at(-1)! - twinRounds[0]! + 1).toBe(twinRounds.length);
  });

  it('keeps a coordinator to their own municipality, page after page', async () => {
    const items = await expectStablePaging(coordinator, '/api/v1/applications');
    expect(items.length).toBe(await countRows(t.database, 'applications', `municipality_code = '0860'`));
    expect(new Set(items.map((i) => i.municipalityCode))).toEqual(new Set(['0860']));
  });

  it('pages one round’s applications, and an assessor sees only the submitted ones of their rounds', async () => {
    const ofRound = await expectStablePaging(admin, `/api/v1/rounds/${scoredRound}/applications`);
    expect(ofRound.length).toBe(await countRows(t.database, 'applications', `round_id = '${scoredRound}'`));
    const assessed = await expectStablePaging(assessor, '/api/v1/applications');
    expect(assessed.every((i) => i.status === 'submitted')).toBe(true);
    expect(assessed.length).toBeGreaterThanOrEqual(ofRound.length * 2);
  });

  it('continues after the cursor even when a row is added in front of it', async () => {
    const first = (await admin.get('/api/v1/applications?limit=5')).json<Page>();
    const round = await buildRound(t.database, { courseStart: '2040-01-01', courseEnd: '2040-12-31' });
    await buildSubmittedApplication(t.database, { roundId: round, municipalityCode: '0860' });
    const second = (await admin.get(`/api/v1/applications?limit=5&cursor=${first.nextCursor}`)).json<Page>();
    expect(idsOf(second.items).filter((id) => idsOf(first.items).includes(id))).toEqual([]);
    await inMaintenanceTx(t.database.db, (tx) => tx.delete(applications).where(eq(applications.roundId, round)));
  });

  it('refuses a bad cursor or limit with a Danish 400 naming the field', async () => {
    await expectBadCursor(admin, '/api/v1/applications', 'ikke-en-markør');
    await expectBadCursor(admin, '/api/v1/applications', 'AAAA');
    await expectBadCursor(admin, '/api/v1/applications', encodeCursor('rounds', ['2031-01-01', scoredRound]));
    await expectBadCursor(
      admin,
      '/api/v1/applications',
      encodeCursor('applications', ['2031-13-45', scoredRound, 'x', scoredRound]),
    );
    await expectBadCursor(admin, '/api/v1/applications', encodeCursor('applications', [1, 2]));
    await expectBadCursor(admin, `/api/v1/rounds/${scoredRound}/applications`, '%00');
    for (const limit of ['0', '201', 'abc', '1.5']) {
      const res = await admin.get(`/api/v1/applications?limit=${limit}`);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['limit']);
    }
    expect((await admin.get('/api/v1/applications?page=2')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/rounds', () => {
  it('pages every round exactly once, newest course first, with only the listed fields', async () => {
    const items = await expectStablePaging(admin, '/api/v1/rounds');
    expect(items).toHaveLength(await countRows(t.database, 'rounds'));
    for (const item of items) RoundListItem.strict().parse(item);
    const starts = items.map((i) => String(i.courseStart));
    expect(starts).toEqual([...starts].sort().reverse());
    await expectBadCursor(admin, '/api/v1/rounds', encodeCursor('rounds', ['2031-01-01', 'not-a-uuid']));
  });

  it('shows an assessor only the rounds assigned to them', async () => {
    const items = await expectStablePaging(assessor, '/api/v1/rounds');
    const assessorId = assessor.person.id;
    const [row] = await inMaintenanceTx(t.database.db, (tx) =>
      queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM round_assessors WHERE user_id = ${assessorId}`),
    );
    expect(items).toHaveLength(row!.n);
  });
});

describe('GET /api/v1/courses', () => {
  it('pages every course for the agency, a municipality only its own, a consultant only theirs', async () => {
    const all = await expectStablePaging(admin, '/api/v1/courses');
    expect(all).toHaveLength(await countRows(t.database, 'courses'));
    for (const item of all) CourseListItem.strict().parse(item);
    const own = await expectStablePaging(coordinator, '/api/v1/courses');
    expect(own.length).toBe(await countRows(t.database, 'courses', `municipality_code = '0860'`));
    expect(new Set(own.map((c) => c.municipalityCode))).toEqual(new Set(['0860']));
    const mine = await expectStablePaging(consultant, '/api/v1/courses');
    expect(mine.length).toBe(await countRows(t.database, 'courses', `consultant_id = '${consultant.person.id}'`));
    expect(mine).toHaveLength(3);
    await expectBadCursor(
      admin,
      '/api/v1/courses',
      encodeCursor('applications', ['2031-01-01', scoredRound, 'x', scoredRound]),
    );
  });
});

describe('GET /api/v1/assessments and a round’s scores', () => {
  it('pages the assessor’s worklist exactly once', async () => {
    const items = await expectStablePaging(assessor, '/api/v1/assessments', 'applicationId');
    for (const item of items) AssessmentTask.strict().parse(item);
    expect(items.filter((i) => i.roundId === scoredRound).length).toBe(
      await countRows(t.database, 'applications', `round_id = '${scoredRound}' AND status = 'submitted'`),
    );
    await expectBadCursor(assessor, '/api/v1/assessments', encodeCursor('assessments', []));
  });

  it('pages a round’s scores in the order of the totals', async () => {
    const url = `/api/v1/rounds/${scoredRound}/scores`;
    const items = await expectStablePaging(admin, url, 'applicationId');
    expect(items.length).toBe(
      await countRows(t.database, 'applications', `round_id = '${scoredRound}' AND status = 'submitted'`),
    );
    const whole = RoundScoresResponse.parse((await admin.get(`${url}?limit=200`)).json());
    expect(whole.nextCursor).toBeNull();
    await expectBadCursor(admin, url, encodeCursor('scores', ['høj', 'x', scoredRound]));
    expect((await coordinator.get(url)).statusCode).toBe(403);
  });
});
