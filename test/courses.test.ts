import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingParticipants } from '../src/server/db/schema-course-work.js';
import { auditLog, courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { Course, ListCoursesResponse, type CoursePlan } from '../src/shared/contracts/courses.js';
import { buildCourse } from './helpers/course-factories.js';
import { buildInstitution } from './helpers/factories.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type Agent, type PersonAgent, type TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';
import { multipartFile, samplePdf } from './helpers/uploads.js';

let t: TestApp;
let admin: PersonAgent;
let coordinator: Agent;
/** The course's two institutions in Copenhagen (0101). */
let institutionIds: string[];
let courseId: string;

/** Copenhagen applies with two institutions, is approved, and signs: the course appears. */
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.loginAs('national_admin');
  coordinator = await t.loginAs('coordinator', { municipalityCode: '0101' });
  institutionIds = [
    (await buildInstitution(t.database, { municipalityCode: '0101' })).institution.id,
    (await buildInstitution(t.database, { municipalityCode: '0101' })).institution.id,
  ];
  const assessor = await t.loginAs('assessor');
  const roundId = await buildRound(t.database, {
    assessorIds: [assessor.person.id],
    courseStart: '2027-08-01',
    courseEnd: '2028-06-30',
  });
  const appId = await buildSubmittedApplication(t.database, {
    roundId,
    municipalityCode: '0101',
    content: {
      contactName: 'Mette Holm',
      contactEmail: 'mette@koebenhavn.example',
      institutions: institutionIds.map((institutionId) => ({
        institutionId,
        vulnerableFamiliesShare: 30,
        needDocumentation: 'Opgørelse',
      })),
    },
  });
  await setDeadline(t.database, roundId, new Date(t.now().getTime() - 1000));
  await assess(assessor, appId, [5, 5, 5]);
  const decided = await admin.put(`/api/v1/rounds/${roundId}/decision`, { selected: ['0101'], waitlist: [] });
  expect(decided.statusCode, decided.body).toBe(200);
  expect(
    (await admin.post(`/api/v1/rounds/${roundId}/decision/publish`, { version: 1, confirmed: true })).statusCode,
  ).toBe(200);
  expect((await admin.post(`/api/v1/applications/${appId}/agreement`, { confirmed: true })).statusCode).toBe(201);
  const signed = await coordinator.request({
    method: 'PUT',
    url: `/api/v1/applications/${appId}/agreement/signed`,
    ...multipartFile(await samplePdf(), 'aftale.pdf'),
  });
  expect(signed.statusCode, signed.body).toBe(200);
  const list = ListCoursesResponse.parse((await coordinator.get('/api/v1/courses')).json());
  const mine = list.items.find((c) => c.periodStart === '2027-08-01');
  courseId = mine?.id ?? '';
});
afterAll(() => t.close());

describe('courses', () => {
  it('are created from the typical plan when the agreement is signed', async () => {
    const course = Course.parse((await coordinator.get(`/api/v1/courses/${courseId}`)).json());
    expect(course.plan).toMatchObject({ sparring: 6, steering: 3, leaderSparring: 3, themeDay: true, conferences: 1 });
    expect(course.plan.workingGroups.map((g) => [g.institutionIds, g.meetings])).toEqual([
      [[institutionIds[0]], 9],
      [[institutionIds[1]], 9],
    ]);
    const kinds = course.meetings.map((m) => m.kind);
    expect(kinds[0]).toBe('kickoff');
    expect(kinds.filter((k) => k === 'steering')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'working_group')).toHaveLength(18);
    expect(course.meetings).toHaveLength(1 + 3 + 6 + 3 + 18 + 1 + 1);
    expect(course.allowed).toEqual({ editPlan: false, assignConsultant: false });
    const created = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(auditLog).where(eq(auditLog.entityId, courseId)),
    );
    expect(created.map((r) => r.action)).toContain('course.create');
  });

  it('are seen by the municipality and the assigned consultant only', async () => {
    const odense = await buildCourse(t.database, { municipalityCode: '0461' });
    const other = await t.loginAs('coordinator', { municipalityCode: '0461' });
    expect((await other.get(`/api/v1/courses/${odense.courseId}`)).statusCode).toBe(200);
    expect((await other.get(`/api/v1/courses/${courseId}`)).statusCode).toBe(404);
    const consultant = await t.loginAs('consultant');
    expect((await consultant.get(`/api/v1/courses/${courseId}`)).statusCode).toBe(404);
    const consultantId = consultant.person.id;
    const notConsultant = await admin.put(`/api/v1/courses/${courseId}/consultant`, {
      version: 1,
      consultantId: admin.person.id,
    });
    expect(notConsultant.json().errors[0].field).toBe('consultantId');
    const assigned = Course.parse(
      (await admin.put(`/api/v1/courses/${courseId}/consultant`, { version: 1, consultantId })).json(),
    );
    expect(assigned.consultant?.id).toBe(consultantId);
    const seen = Course.parse((await consultant.get(`/api/v1/courses/${courseId}`)).json());
    expect(seen.allowed.editPlan).toBe(true);
    const assessor = await t.loginAs('assessor');
    expect((await assessor.get('/api/v1/courses')).statusCode).toBe(403);
    expect(
      (await coordinator.put(`/api/v1/courses/${courseId}/plan`, { version: 2, plan: seen.plan })).statusCode,
    ).toBe(403);
  });

  it('adapt their plan: counts, a shared working group, extra meetings – keeping meetings that stay', async () => {
    const consultant = await t.loginAs('consultant');
    const { courseId, institutionIds } = await buildCourse(t.database, {
      municipalityCode: '0101',
      consultantId: consultant.person.id,
    });
    const before = Course.parse((await consultant.get(`/api/v1/courses/${courseId}`)).json());
    const kickoff = before.meetings.find((m) => m.kind === 'kickoff');
    const plan: CoursePlan = {
      ...before.plan,
      sparring: 4,
      workingGroups: [
        {
          key: 'ag-faelles',
          name: 'Fælles arbejdsgruppe',
          institutionIds,
          meetings: 6,
        },
      ],
      extra: [{ title: 'Ekstra møde om forældresamarbejde' }],
    };
    const elsewhere = (await buildInstitution(t.database, { municipalityCode: '0461' })).institution.id;
    const bad = await consultant.put(`/api/v1/courses/${courseId}/plan`, {
      version: before.version,
      plan: { ...plan, workingGroups: [{ ...plan.workingGroups[0], institutionIds: [elsewhere] }] },
    });
    expect(bad.json().errors[0].field).toBe('plan.workingGroups.0.institutionIds.0');
    const tooMany = await consultant.put(`/api/v1/courses/${courseId}/plan`, {
      version: before.version,
      plan: { ...plan, steering: 4 },
    });
    expect(tooMany.statusCode).toBe(400);
    // One shared working group instead of two: meetings go, so the change is confirmed (issue 11, point 4).
    const after = Course.parse(
      (
        await consultant.put(`/api/v1/courses/${courseId}/plan`, { version: before.version, plan, confirmed: true })
      ).json(),
    );
    expect(after.meetings.filter((m) => m.kind === 'sparring')).toHaveLength(4);
    expect(after.meetings.filter((m) => m.kind === 'working_group').map((m) => m.group)).toEqual(
      Array(6).fill('ag-faelles'),
    );
    expect(after.meetings.find((m) => m.kind === 'extra')?.title).toBe('Ekstra møde om forældresamarbejde');
    expect(after.meetings.find((m) => m.kind === 'kickoff')?.id).toBe(kickoff?.id);
    const stale = await consultant.put(`/api/v1/courses/${courseId}/plan`, {
      version: before.version,
      plan,
      confirmed: true,
    });
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
  });

  it('refuse to drop a meeting that has been held', async () => {
    const { courseId } = await buildCourse(t.database, { municipalityCode: '0101' });
    const planned = Course.parse((await admin.get(`/api/v1/courses/${courseId}`)).json());
    const added = await admin.put(`/api/v1/courses/${courseId}/plan`, {
      version: planned.version,
      plan: { ...planned.plan, extra: [{ title: 'Ekstra møde om forældresamarbejde' }] },
    });
    expect(added.statusCode, added.body).toBe(200);
    const current = Course.parse(added.json());
    const extra = current.meetings.find((m) => m.kind === 'extra');
    await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .update(courseMeetings)
        .set({ status: 'held' })
        .where(eq(courseMeetings.id, extra?.id ?? '')),
    );
    const res = await admin.put(`/api/v1/courses/${courseId}/plan`, {
      version: current.version,
      plan: { ...current.plan, extra: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('er afholdt');
    const still = Course.parse((await admin.get(`/api/v1/courses/${courseId}`)).json());
    expect(still.version).toBe(current.version);
    expect(still.meetings.some((m) => m.id === extra?.id)).toBe(true);
  });

  it('refuse to drop a dated meeting or one with attendance recorded, and drop an undated empty one', async () => {
    const { courseId } = await buildCourse(t.database, { municipalityCode: '0101' });
    const current = Course.parse((await admin.get(`/api/v1/courses/${courseId}`)).json());
    const sparring = current.meetings.filter((m) => m.kind === 'sparring').sort((a, b) => a.sequence - b.sequence);
    const last = sparring[sparring.length - 1]!;
    const fewer = { ...current.plan, sparring: current.plan.sparring - 1 };
    const set = (values: Partial<typeof courseMeetings.$inferInsert>) =>
      inMaintenanceTx(t.database.db, (tx) =>
        tx.update(courseMeetings).set(values).where(eq(courseMeetings.id, last.id)),
      );
    const attempt = () => admin.put(`/api/v1/courses/${courseId}/plan`, { version: current.version, plan: fewer });

    await set({ date: '2027-11-15', startTime: '09:00', endTime: '11:00' }); // in people's calendars
    const dated = await attempt();
    expect(dated.statusCode).toBe(400);
    expect(dated.json().errors[0].message).toContain(`"${last.title}" har en dato`);
    await set({ date: null, startTime: null, endTime: null });
    await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .update(meetingParticipants)
        .set({ attended: true, hours: 2 })
        .where(eq(meetingParticipants.meetingId, last.id)),
    );
    expect((await attempt()).statusCode).toBe(400);
    const unchanged = Course.parse((await admin.get(`/api/v1/courses/${courseId}`)).json());
    expect(unchanged.version).toBe(current.version);
    expect(unchanged.meetings.some((m) => m.id === last.id)).toBe(true);

    await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .update(meetingParticipants)
        .set({ attended: null, hours: null })
        .where(eq(meetingParticipants.meetingId, last.id)),
    );
    // Removable, but only when confirmed: the refusal names the meeting and nothing changes (issue 11, point 4).
    const unconfirmed = await attempt();
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.json()).toMatchObject({
      code: 'confirmation_required',
      detail: expect.stringContaining(`fjerner ét møde fra forløbet: "${last.title}"`),
    });
    expect(Course.parse((await admin.get(`/api/v1/courses/${courseId}`)).json()).version).toBe(current.version);
    const ok = await admin.put(`/api/v1/courses/${courseId}/plan`, {
      version: current.version,
      plan: fewer,
      confirmed: true,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(Course.parse(ok.json()).meetings.some((m) => m.id === last.id)).toBe(false);
  });

  it('exist for historical agreements, listed to their consultant with municipality and round', async () => {
    const person = await t.buildPerson({ role: 'consultant' });
    const roundId = await buildRound(t.database, {
      name: 'August 2018 – juni 2019',
      courseStart: '2018-08-01',
      courseEnd: '2019-06-30',
      deadline: new Date('2018-05-01T10:00:00.000Z'),
    });
    await buildCourse(t.database, { municipalityCode: '0101', roundId, consultantId: person.id });
    const consultant = await t.loginPerson(person);
    const list = ListCoursesResponse.parse((await consultant.get('/api/v1/courses')).json());
    expect(list.items.map((c) => [c.municipalityName, c.roundName])).toContainEqual([
      'København',
      'August 2018 – juni 2019',
    ]);
  });

  it('lists the running course first, then the next to start, then ended ones – also page by page', async () => {
    const person = await t.buildPerson({ role: 'consultant' });
    const day = (days: number) =>
      new Date(Date.parse(`${testToday()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const course = async (name: string, start: number, end: number) => {
      const roundId = await buildRound(t.database, { name, courseStart: day(start), courseEnd: day(end) });
      await buildCourse(t.database, { municipalityCode: '0101', roundId, consultantId: person.id });
    };
    // Built in the old order (newest period first), which put the empty future course on top.
    await course('Afsluttet', -800, -450);
    await course('Om to år', 600, 900);
    await course('I gang', -60, 300);
    await course('Næste år', 250, 550);
    const consultant = await t.loginPerson(person);
    const expected = ['I gang', 'Næste år', 'Om to år', 'Afsluttet'];
    const all = ListCoursesResponse.parse((await consultant.get('/api/v1/courses')).json());
    expect(all.items.map((c) => c.roundName)).toEqual(expected);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await consultant.get(`/api/v1/courses?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = ListCoursesResponse.parse(res.json());
      paged.push(...page.items.map((c) => c.roundName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(expected);
  });
});
