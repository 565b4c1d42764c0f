import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { queryRows } from '../src/server/db/client.js';
import { inActorTx } from '../src/server/core/transaction.js';
import { DEFAULT_CRITERIA, DEFAULT_REQUIREMENTS } from '../src/server/seed/demo-rounds.js';
import { EMPTY_CHANGE_MODEL } from '../src/shared/contracts/change-model.js';
import { Problem } from '../src/shared/contracts/common.js';
import { meetingsOf } from './helpers/course-factories.js';
import { buildStaffedCourse } from './helpers/courses-factories.js';
import { changedTables, fingerprint } from './helpers/db-fingerprint.js';
import { buildChild } from './helpers/factories.js';
import { startTestApp, testConfig, type Agent, type TestApp } from './helpers/test-app.js';
import { openTestDatabase } from './helpers/test-database.js';

/**
 * Issue 9 point 3: a NUL byte, an unpaired UTF-16 surrogate or a date like
 * "../../etc/passwd" gave 500s. Every text and date is now checked by the
 * shared contracts (src/shared/contracts/text.ts, dates.ts; ADR 13): a clear
 * Danish message on the field, 400, and nothing changed.
 */
let t: TestApp;
let leader: Agent;
let chief: Agent;
let consultant: Agent;
let admin: Agent;
let institutionId: string;
let courseId: string;
let meetingId: string;
let newChild: { institutionId: string; firstName: string; lastName: string; birthDate: string };

// A course of the file's own in Copenhagen (no demo people there) with its consultant, the leader of its
// first daycare and the head of daycare; a national admin of its own. Nothing of the demo is used.
beforeAll(async () => {
  t = await startTestApp();
  const staffed = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  [leader, chief, consultant, admin] = await Promise.all([
    t.loginPerson(staffed.leader),
    t.loginPerson(staffed.chief),
    t.loginPerson(staffed.consultant!),
    t.loginAs('national_admin'),
  ]);
  courseId = staffed.course.courseId;
  institutionId = staffed.course.institutionIds[0]!;
  const kickoff = (await meetingsOf(t.database, courseId)).find((m) => m.kind === 'kickoff');
  meetingId = kickoff!.id;
  newChild = { institutionId, firstName: 'Ny', lastName: 'Testesen', birthDate: '2023-01-02' };
});
afterAll(() => t.close());

type Response = Awaited<ReturnType<Agent['get']>>;

/** Sends the request and expects a 400 naming `field` with a Danish message, and no change in the database. */
async function refused(send: () => Promise<Response>, field: string, message: RegExp): Promise<Problem> {
  const before = await fingerprint(t.database);
  const res = await send();
  expect(res.statusCode, res.body).toBe(400);
  const problem = Problem.parse(res.json());
  expect(problem.code).toBe('validation_failed');
  expect(problem.errors).toContainEqual({ field, message: expect.stringMatching(message) });
  expect(changedTables(before, await fingerprint(t.database))).toEqual([]);
  return problem;
}

const CONTROL = /styretegn \(U\+0000\)/;
const newRound = {
  name: 'Januar – december 2029',
  courseStart: '2029-01-01',
  courseEnd: '2029-12-31',
  deadline: '2028-10-27T12:00:00+02:00',
  capacity: 5,
  criteria: DEFAULT_CRITERIA,
  requirements: DEFAULT_REQUIREMENTS,
  balanceRules: {},
};
const meetingVersion = async () =>
  (await consultant.get(`/api/v1/meetings/${meetingId}`)).json<{ version: number }>().version;

describe('a NUL byte in a text or a search', () => {
  it('is refused in search queries', async () => {
    await refused(() => chief.get('/api/v1/children?q=a%00b'), 'q', CONTROL);
    await refused(() => chief.get('/api/v1/municipalities?q=%00'), 'q', CONTROL);
    await refused(() => chief.get('/api/v1/institutions?q=%00'), 'q', CONTROL);
    await refused(() => admin.get('/api/v1/users?q=x%00'), 'q', CONTROL);
  });

  it("is refused in a child's name and a meeting's agenda", async () => {
    await refused(() => leader.post('/api/v1/children', { ...newChild, firstName: 'a\u0000b' }), 'firstName', CONTROL);
    const version = await meetingVersion();
    await refused(
      () => consultant.put(`/api/v1/meetings/${meetingId}/agenda`, { version, agenda: 'a\u0000b', location: '' }),
      'agenda',
      CONTROL,
    );
  });

  it('is refused in an audit filter and a calendar feed token', async () => {
    await refused(() => admin.get('/api/v1/audit?action=x%00'), 'action', CONTROL);
    expect((await t.anonymous.get('/api/v1/calendar/feeds/ab%00cd')).statusCode).toBe(400);
  });
});

describe('an unpaired surrogate', () => {
  const SURROGATE = /ufuldstændigt tegn \(U\+D800\)/;

  it("is refused in a round's name, a change model's note and the minutes", async () => {
    await refused(() => admin.post('/api/v1/rounds', { ...newRound, name: 'Runde \ud800' }), 'name', SURROGATE);
    await refused(
      () =>
        consultant.put(`/api/v1/courses/${courseId}/change-model`, {
          baseVersion: 0,
          content: EMPTY_CHANGE_MODEL,
          note: 'Note \ud800',
        }),
      'note',
      SURROGATE,
    );
    await refused(
      () =>
        consultant.put(`/api/v1/meetings/${meetingId}/minutes`, {
          baseVersion: 0,
          minutesHtml: '<p>Referat \ud800</p>',
          decisions: [],
        }),
      'minutesHtml',
      SURROGATE,
    );
  });

  it('is refused where it was silently stored as U+FFFD before', async () => {
    await refused(
      () => leader.post('/api/v1/children', { ...newChild, lastName: 'Test\udc00sen' }),
      'lastName',
      /U\+DC00/,
    );
  });
});

describe('control characters and line breaks', () => {
  it('refuses the terminal escape that was stored in a name, in creating and in editing', async () => {
    await refused(
      () => leader.post('/api/v1/children', { ...newChild, firstName: '\u0001\u001b[31m' }),
      'firstName',
      /U\+0001/,
    );
    const child = await buildChild(t.database, { institutionId });
    await refused(
      () => leader.patch(`/api/v1/children/${child.id}`, { version: child.version, lastName: 'Rød\u001b[31m' }),
      'lastName',
      /U\+001B/,
    );
    await refused(
      () => leader.post('/api/v1/children', { ...newChild, firstName: 'Ny\u0085' }),
      'firstName',
      /U\+0085/,
    );
  });

  it('keeps a one-line text on one line, and tab and line breaks in a multi-line text (CR LF as LF)', async () => {
    await refused(
      () => leader.post('/api/v1/children', { ...newChild, firstName: 'Ny\nLinje' }),
      'firstName',
      /én linje/,
    );
    await refused(() => leader.post('/api/v1/children', { ...newChild, lastName: 'Tab\tsen' }), 'lastName', /én linje/);
    const version = await meetingVersion();
    const saved = await consultant.put(`/api/v1/meetings/${meetingId}/agenda`, {
      version,
      agenda: '1. Velkomst\r\n2. Mål\t(15 min)\r3. Aftaler',
      location: ' Rådhuset, mødelokale 2 ',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      agenda: '1. Velkomst\n2. Mål\t(15 min)\n3. Aftaler',
      location: 'Rådhuset, mødelokale 2',
    });
  });

  it('refuses a version number larger than the column that holds it', async () => {
    const child = await buildChild(t.database, { institutionId });
    await refused(
      () => leader.patch(`/api/v1/children/${child.id}`, { version: 2 ** 40, firstName: 'Stor' }),
      'version',
      /for stort/,
    );
  });
});

describe('dates are parsed strictly', () => {
  const absence = { fromDate: '2027-09-01', toDate: '2027-09-03', note: '' };

  it('refuses a path as an absence date, with the message a malformed date gets', async () => {
    const passwd = await refused(
      () => consultant.post('/api/v1/consultant-absences', { ...absence, fromDate: '../../etc/passwd' }),
      'fromDate',
      /ÅÅÅÅ-MM-DD/,
    );
    // The period checks (to after from, at most two years) do not run on a date that is none.
    expect(passwd.errors).toHaveLength(1);
    await refused(
      () => consultant.post('/api/v1/consultant-absences', { ...absence, toDate: '2027-13-45' }),
      'toDate',
      /ÅÅÅÅ-MM-DD/,
    );
  });

  it('refuses days that do not exist and years out of range', async () => {
    await refused(
      () => consultant.post('/api/v1/consultant-absences', { ...absence, fromDate: '2027-02-29' }),
      'fromDate',
      /ÅÅÅÅ-MM-DD/,
    );
    await refused(
      () => consultant.post('/api/v1/consultant-absences', { ...absence, fromDate: '0000-01-01' }),
      'fromDate',
      /mellem år 1900 og 2100/,
    );
    await refused(
      () => leader.post('/api/v1/children', { ...newChild, birthDate: '2023-1-2' }),
      'birthDate',
      /ÅÅÅÅ-MM-DD/,
    );
    await refused(
      () => admin.post('/api/v1/rounds', { ...newRound, deadline: '2028-10-27T25:00:00+02:00' }),
      'deadline',
      /tidszone/,
    );
    await refused(
      () => admin.post('/api/v1/rounds', { ...newRound, deadline: '0000-10-27T12:00:00Z' }),
      'deadline',
      /mellem år/,
    );
    await refused(() => admin.get('/api/v1/audit?from=2027-02-30'), 'from', /ÅÅÅÅ-MM-DD/);
  });

  it('still takes a real leap day', async () => {
    const res = await consultant.post('/api/v1/consultant-absences', {
      ...absence,
      fromDate: '2028-02-29',
      toDate: '2028-03-01',
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('defence in depth: a malformed value that reaches the database', () => {
  it('is answered 400 with a Danish message, never 500, on this engine', async () => {
    const database = await openTestDatabase();
    const app = await buildApp({ config: testConfig(), database, serveWeb: false });
    // A route that skips the contracts on purpose and hands the value to PostgreSQL.
    app.get('/api/v1/probe', { config: { access: 'public' } }, async (request) => {
      const { value } = request.query as { value: string };
      await inActorTx(database.db, null, (tx) => queryRows(tx, sql`SELECT ${value}::text AS v`));
      return { ok: true };
    });
    app.get('/api/v1/probe-date', { config: { access: 'public' } }, () =>
      Promise.resolve({ at: new Date('../../etc/passwd').toISOString() }),
    );
    await app.ready();
    try {
      for (const url of ['/api/v1/probe?value=a%00b', '/api/v1/probe-date']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, res.body).toBe(400);
        const problem = Problem.parse(res.json());
        expect(problem.code).toBe('invalid_value');
        expect(problem.title).toMatch(/ikke kan gemmes|dato, der ikke findes/);
        expect(res.body).not.toMatch(/0x00|RangeError|invalid byte/i);
      }
    } finally {
      await app.close();
      await database.close();
    }
  });
});
