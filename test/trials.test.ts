import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trialLogs, trials } from '../src/server/db/schema-course-work.js';
import { auditLog, courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import type { MeetingKind } from '../src/shared/contracts/courses.js';
import { Meeting } from '../src/shared/contracts/meetings.js';
import { ListTrialsResponse, TrialWithLogs } from '../src/shared/contracts/trials.js';
import {
  buildStaffedCourse,
  buildUnassignedTwin,
  type StaffedCourse,
  loginCourseTeam,
} from './helpers/courses-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';

/**
 * Trials (issue 4, point 5): agreed at a meeting, listed per course, changed,
 * and logged between meetings by staff and leaders; the group's next
 * working-group meeting shows them with their logs. Each test builds its own
 * world: a Copenhagen course whose leader and staff work in the institution
 * of working group ag-1 (ag-2 is another institution's), a second course
 * there with no consultant, and Odense's people in a course of their own.
 */
let t: TestApp;

const UNKNOWN = '0b7e4a3e-9c1d-4f2a-8e5b-6d3c2b1a0f9e';
const trialsUrl = (meetingId: string) => `/api/v1/meetings/${meetingId}/trials`;
const trialUrl = (id: string, sub = '') => `/api/v1/trials/${id}${sub}`;
const fields = (res: { json: () => { errors?: { field: string }[] } }) => (res.json().errors ?? []).map((e) => e.field);

interface World {
  staffed: StaffedCourse;
  courseId: string;
  unassignedCourseId: string;
  consultant: Agent;
  coordinator: Agent;
  chief: Agent;
  leader: Agent;
  staff: Agent;
  otherCoordinator: Agent;
  otherStaff: Agent;
}

/** A test's own Copenhagen course (and its unassigned twin) and Odense's people, logged in. */
async function buildWorld(): Promise<World> {
  const staffed = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  const unassignedCourseId = await buildUnassignedTwin(t.database, staffed);
  // Odense's people: another municipality's, in a course of their own.
  const odense = await buildStaffedCourse(t.database, { municipalityCode: '0461', consultant: null });
  const [team, otherCoordinator, otherStaff] = await Promise.all([
    loginCourseTeam(t, staffed),
    t.loginPerson(odense.coordinator),
    t.loginPerson(odense.staff),
  ]);
  return { staffed, courseId: staffed.course.courseId, unassignedCourseId, ...team, otherCoordinator, otherStaff };
}

async function meetingId(
  course: string,
  kind: MeetingKind,
  groupKey: string | null = null,
  sequence = 1,
): Promise<string> {
  const rows = await inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select({ id: courseMeetings.id, groupKey: courseMeetings.groupKey })
      .from(courseMeetings)
      .where(
        and(eq(courseMeetings.courseId, course), eq(courseMeetings.kind, kind), eq(courseMeetings.sequence, sequence)),
      ),
  );
  const row = rows.find((r) => r.groupKey === groupKey);
  if (!row) throw new Error(`no ${kind} meeting`);
  return row.id;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function agree(agent: Agent, meeting: string, description: string): Promise<TrialWithLogs> {
  const res = await agent.post(trialsUrl(meeting), { description, responsible: 'Personalet på stuen' });
  expect(res.statusCode, res.body).toBe(201);
  return TrialWithLogs.parse(res.json());
}

/**
 * The course's trials as its meetings agree them: one in ag-1's first
 * meeting (by the leader), one course-wide at the steering meeting and one
 * at the leaders' sparring, one in ag-1's second meeting and one in ag-2's
 * first.
 */
async function agreeTheCourseTrials(w: World) {
  const { courseId, leader, coordinator } = w;
  return {
    dialogic: await agree(
      leader,
      await meetingId(courseId, 'working_group', 'ag-1'),
      'Dialogisk læsning to gange om ugen',
    ),
    courseWide: await agree(coordinator, await meetingId(courseId, 'steering'), 'Fælles sprogindsats i alle stuer'),
    leaders: await agree(
      leader,
      await meetingId(courseId, 'leader_sparring'),
      'Ledere deler erfaringer på fælles møde',
    ),
    fixedSeats: await agree(
      coordinator,
      await meetingId(courseId, 'working_group', 'ag-1', 2),
      'Faste pladser ved samling',
    ),
    otherGroup: await agree(
      coordinator,
      await meetingId(courseId, 'working_group', 'ag-2'),
      'Billedstøtte ved garderoben',
    ),
  };
}

async function logAs(agent: Agent, trialId: string, body: Record<string, unknown>): Promise<TrialWithLogs> {
  const res = await agent.post(trialUrl(trialId, '/logs'), body);
  expect(res.statusCode, res.body).toBe(201);
  return TrialWithLogs.parse(res.json());
}

const today = testToday();
const log = (over: Record<string, unknown> = {}) => ({
  triedOn: today,
  whatTried: 'Vi læste højt i små grupper før frokost',
  whatHappened: 'Flere børn deltog i samtalen',
  reflection: 'Vi fortsætter og prøver det også om eftermiddagen',
  ...over,
});
/** The leader's second log of a trial, without a reflection. */
const secondLog = () => log({ whatTried: 'Samme, i vuggestuen', reflection: '' });

function auditRows(entityId: string) {
  return inMaintenanceTx(t.database.db, (tx) => tx.select().from(auditLog).where(eq(auditLog.entityId, entityId)));
}

/** Trials of the world's two Copenhagen courses. */
function trialCount(w: World) {
  return inMaintenanceTx(
    t.database.db,
    async (tx) =>
      (
        await tx
          .select()
          .from(trials)
          .where(inArray(trials.courseId, [w.courseId, w.unassignedCourseId]))
      ).length,
  );
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('POST /api/v1/meetings/:id/trials', () => {
  it('refuses the anonymous, bad fields, other municipalities, other consultants and leaders outside the group – creating nothing', async () => {
    const w = await buildWorld();
    const { courseId, leader, staff, chief, consultant, otherCoordinator } = w;
    const ag1 = await meetingId(courseId, 'working_group', 'ag-1');
    const ag2 = await meetingId(courseId, 'working_group', 'ag-2');
    const good = { description: 'Dialogisk læsning to gange om ugen', responsible: 'Pædagogerne på Mariehønen' };
    expect((await t.anonymous.post(trialsUrl(ag1), good)).statusCode).toBe(401);
    expect(fields(await leader.post(trialsUrl(ag1), { ...good, description: '  ' }))).toEqual(['description']);
    expect(fields(await leader.post(trialsUrl(ag1), { ...good, description: 'x'.repeat(2001) }))).toEqual([
      'description',
    ]);
    expect(fields(await leader.post(trialsUrl(ag1), { description: good.description }))).toEqual(['responsible']);
    expect(fields(await leader.post(trialsUrl(ag1), { ...good, status: 'open' }))).toEqual(['status']);
    expect(fields(await leader.post(trialsUrl('x'), good))).toEqual(['id']);
    expect((await otherCoordinator.post(trialsUrl(ag1), good)).statusCode).toBe(404);
    expect(
      (await consultant.post(trialsUrl(await meetingId(w.unassignedCourseId, 'working_group', 'ag-1')), good))
        .statusCode,
    ).toBe(404);
    expect((await staff.post(trialsUrl(ag1), good)).statusCode).toBe(403);
    expect((await chief.post(trialsUrl(ag1), good)).statusCode).toBe(403);
    // Another institution's working group does not exist for its leaders (ADR 10).
    expect((await leader.post(trialsUrl(ag2), good)).statusCode).toBe(404);
    // A steering meeting the leader is not invited to is not theirs to read either.
    expect((await leader.post(trialsUrl(await meetingId(courseId, 'steering')), good)).statusCode).toBe(404);
    expect(await trialCount(w)).toBe(0);
  });

  it('agrees a trial in the meeting’s working group (or course-wide elsewhere) and audits it', async () => {
    const { courseId, staffed, leader, coordinator, staff } = await buildWorld();
    const ag1 = await meetingId(courseId, 'working_group', 'ag-1');
    const trial = await agree(leader, ag1, 'Dialogisk læsning to gange om ugen');
    expect(trial).toMatchObject({
      courseId,
      meeting: { id: ag1, date: null },
      group: { key: 'ag-1' },
      status: 'open',
      createdBy: staffed.leader.name,
      agreedOn: today,
      version: 1,
      logCount: 0,
      latestLogOn: null,
      logs: [],
      allowed: { edit: true, log: true },
    });
    const steering = await agree(
      coordinator,
      await meetingId(courseId, 'steering'),
      'Fælles sprogindsats i alle stuer',
    );
    expect(steering.group).toBeNull();
    const leaderSparring = await agree(
      leader,
      await meetingId(courseId, 'leader_sparring'),
      'Ledere deler erfaringer på fælles møde',
    );
    expect(leaderSparring.group).toBeNull();
    expect((await auditRows(trial.id)).map((r) => [r.action, r.details, r.municipalityCode])).toEqual([
      ['trial.create', { courseId, meetingId: ag1 }, '0101'],
    ]);
    const page = Meeting.parse((await staff.get(`/api/v1/meetings/${ag1}`)).json());
    expect(page.trials.map((x) => x.id)).toEqual([trial.id]);
    expect(page.earlierTrials).toEqual([]);
  });

  it('refuses a cancelled meeting', async () => {
    const w = await buildWorld();
    const id = await meetingId(w.courseId, 'sparring', null, 6);
    await inMaintenanceTx(t.database.db, (tx) =>
      tx.update(courseMeetings).set({ status: 'cancelled' }).where(eq(courseMeetings.id, id)),
    );
    expect(fields(await w.coordinator.post(trialsUrl(id), { description: 'x', responsible: 'y' }))).toEqual([
      'meeting',
    ]);
    expect(await trialCount(w)).toBe(0);
  });
});

describe('POST /api/v1/trials/:id/logs', () => {
  it('refuses the anonymous, bad fields, dates outside the trial, other municipalities and staff outside the group – logging nothing', async () => {
    const { courseId, coordinator, staff, leader, chief, otherStaff, otherCoordinator } = await buildWorld();
    const ag1Trial = await agree(
      coordinator,
      await meetingId(courseId, 'working_group', 'ag-1', 2),
      'Faste pladser ved samling',
    );
    const ag2Trial = await agree(
      coordinator,
      await meetingId(courseId, 'working_group', 'ag-2'),
      'Billedstøtte ved garderoben',
    );
    const url = trialUrl(ag1Trial.id, '/logs');
    expect((await t.anonymous.post(url, log())).statusCode).toBe(401);
    expect(fields(await staff.post(url, log({ triedOn: '12-03-2027' })))).toEqual(['triedOn']);
    expect(fields(await staff.post(url, log({ whatTried: ' ' })))).toEqual(['whatTried']);
    expect(fields(await staff.post(url, { ...log(), whatHappened: undefined }))).toEqual(['whatHappened']);
    expect(fields(await staff.post(url, log({ reflection: 'x'.repeat(4001) })))).toEqual(['reflection']);
    expect((await staff.post(url, log({ reflection: 'x'.repeat(4001) }))).json().errors[0].message).toBe(
      'Refleksionen må højst være 4.000 tegn, men er 4.001 tegn. Forkort den',
    );
    expect(fields(await staff.post(url, log({ triedOn: addDays(today, 1) })))).toEqual(['triedOn']);
    const before = await staff.post(url, log({ triedOn: addDays(today, -1) }));
    expect(fields(before)).toEqual(['triedOn']);
    expect(before.json().errors[0].message).toContain('før afprøvningen blev aftalt');
    expect((await otherStaff.post(url, log())).statusCode).toBe(404);
    expect((await otherCoordinator.post(url, log())).statusCode).toBe(404);
    expect((await chief.post(url, log())).statusCode).toBe(403);
    expect((await staff.post(trialUrl(ag2Trial.id, '/logs'), log())).statusCode).toBe(404);
    expect((await leader.post(trialUrl(ag2Trial.id, '/logs'), log())).statusCode).toBe(404);
    expect(
      await inMaintenanceTx(t.database.db, (tx) =>
        tx
          .select()
          .from(trialLogs)
          .where(inArray(trialLogs.trialId, [ag1Trial.id, ag2Trial.id])),
      ),
    ).toEqual([]);
  });

  it('logs what staff tried, what happened and their reflection; the group’s next meeting shows it', async () => {
    const w = await buildWorld();
    const { courseId, staffed, staff, leader, coordinator } = w;
    const agreed = await agreeTheCourseTrials(w);
    const first = await meetingId(courseId, 'working_group', 'ag-1', 1);
    const shown = Meeting.parse((await staff.get(`/api/v1/meetings/${first}`)).json()).trials;
    expect(shown.map((x) => x.id)).toEqual([agreed.dialogic.id]);
    const [trial] = shown;
    if (!trial) throw new Error('no trial');
    const res = await staff.post(trialUrl(trial.id, '/logs'), log());
    expect(res.statusCode, res.body).toBe(201);
    const logged = TrialWithLogs.parse(res.json());
    expect(logged).toMatchObject({ logCount: 1, latestLogOn: today });
    expect(logged.logs).toEqual([expect.objectContaining({ ...log(), authorName: staffed.staff.name })]);
    expect((await auditRows(trial.id)).filter((r) => r.action === 'trial.log').map((r) => r.details)).toEqual([
      { courseId, trialId: trial.id, triedOn: today },
    ]);
    // The leader adds a second log without a reflection.
    const second = await leader.post(trialUrl(trial.id, '/logs'), secondLog());
    expect(TrialWithLogs.parse(second.json()).logs.map((l) => l.authorName)).toEqual([
      staffed.leader.name,
      staffed.staff.name,
    ]);

    // The course-wide trial (agreed at a steering meeting) is the staff's too.
    const list = ListTrialsResponse.parse((await staff.get(`/api/v1/courses/${courseId}/trials?pageSize=100`)).json());
    const courseWide = list.items.find((x) => x.group === null && x.description.startsWith('Fælles sprogindsats'));
    expect(courseWide?.id).toBe(agreed.courseWide.id);
    expect(courseWide?.allowed.log).toBe(true);
    expect((await staff.post(trialUrl(courseWide?.id ?? '', '/logs'), log())).statusCode).toBe(201);

    const next = Meeting.parse(
      (await staff.get(`/api/v1/meetings/${await meetingId(courseId, 'working_group', 'ag-1', 2)}`)).json(),
    );
    expect(next.earlierTrials.map((x) => [x.description, x.logCount, x.logs.map((l) => l.whatTried)])).toEqual([
      ['Dialogisk læsning to gange om ugen', 2, ['Samme, i vuggestuen', 'Vi læste højt i små grupper før frokost']],
    ]);
    expect(next.trials.map((x) => x.description)).toEqual(['Faste pladser ved samling']);
    const otherGroup = Meeting.parse(
      (await coordinator.get(`/api/v1/meetings/${await meetingId(courseId, 'working_group', 'ag-2', 2)}`)).json(),
    );
    expect(otherGroup.earlierTrials.map((x) => x.description)).toEqual(['Billedstøtte ved garderoben']);
    expect(
      (await staff.get(`/api/v1/meetings/${await meetingId(courseId, 'working_group', 'ag-2', 2)}`)).statusCode,
    ).toBe(404);
  });

  it('dates a trial from its meeting when it was written down afterwards', async () => {
    const { courseId, coordinator, staff } = await buildWorld();
    const meeting = await meetingId(courseId, 'working_group', 'ag-1', 3);
    await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .update(courseMeetings)
        .set({ date: addDays(today, -5), startTime: '09:00', endTime: '11:00' })
        .where(eq(courseMeetings.id, meeting)),
    );
    const trial = await agree(coordinator, meeting, 'Ro ved overgange');
    expect(trial.agreedOn).toBe(addDays(today, -5));
    expect((await staff.post(trialUrl(trial.id, '/logs'), log({ triedOn: addDays(today, -3) }))).statusCode).toBe(201);
    expect(fields(await staff.post(trialUrl(trial.id, '/logs'), log({ triedOn: addDays(today, -6) })))).toEqual([
      'triedOn',
    ]);
  });
});

describe('GET /api/v1/courses/:id/trials and /api/v1/trials/:id', () => {
  it('refuse the anonymous, bad input and other municipalities', async () => {
    const { courseId, unassignedCourseId, leader, staff, consultant, otherCoordinator } = await buildWorld();
    const trial = await agree(
      leader,
      await meetingId(courseId, 'working_group', 'ag-1'),
      'Dialogisk læsning to gange om ugen',
    );
    const url = `/api/v1/courses/${courseId}/trials`;
    expect((await t.anonymous.get(url)).statusCode).toBe(401);
    expect(fields(await staff.get(`${url}?status=closed`))).toEqual(['status']);
    expect(fields(await staff.get(`${url}?page=0`))).toEqual(['page']);
    expect(fields(await staff.get(`${url}?sort=x`))).toEqual(['sort']);
    expect((await otherCoordinator.get(url)).statusCode).toBe(404);
    expect((await consultant.get(`/api/v1/courses/${unassignedCourseId}/trials`)).statusCode).toBe(404);
    // A partner reads a course's records only through an invitation (test/guest-access.test.ts): 404 without one.
    expect((await (await t.loginAs('partner', { municipalityCode: '0101' })).get(url)).statusCode).toBe(404);
    const { items } = ListTrialsResponse.parse((await staff.get(url)).json());
    expect(items.map((x) => x.id)).toEqual([trial.id]);
    const { id } = trial;
    expect((await staff.get(trialUrl(id))).statusCode).toBe(200);
    expect((await t.anonymous.get(trialUrl(id))).statusCode).toBe(401);
    expect(fields(await staff.get(trialUrl('x')))).toEqual(['id']);
    expect((await otherCoordinator.get(trialUrl(id))).statusCode).toBe(404);
    expect((await staff.get(trialUrl(UNKNOWN))).statusCode).toBe(404);
    expect((await (await t.loginAs('evaluator')).get(trialUrl(id))).statusCode).toBe(403);
  });

  it('list open trials first, filter by status, page, and count logs', async () => {
    const w = await buildWorld();
    const { courseId, staffed, chief, coordinator, staff, leader } = w;
    const agreed = await agreeTheCourseTrials(w);
    // Staff and the leader have logged the first trial today, staff the course-wide one.
    await logAs(staff, agreed.dialogic.id, log());
    await logAs(leader, agreed.dialogic.id, secondLog());
    await logAs(staff, agreed.courseWide.id, log());
    const url = `/api/v1/courses/${courseId}/trials`;
    const all = ListTrialsResponse.parse((await chief.get(`${url}?pageSize=100`)).json());
    expect(new Set(all.items.map((x) => x.id))).toEqual(new Set(Object.values(agreed).map((x) => x.id)));
    expect(all.page).toEqual({ page: 1, pageSize: 100, total: all.items.length });
    const logged = all.items.find((x) => x.description === 'Dialogisk læsning to gange om ugen');
    expect(logged).toMatchObject({ logCount: 2, latestLogOn: today, allowed: { edit: false, log: false } });
    const [first] = all.items;
    const done = await coordinator.patch(trialUrl(first?.id ?? ''), { version: first?.version, status: 'completed' });
    expect(done.statusCode, done.body).toBe(200);
    const again = ListTrialsResponse.parse((await chief.get(`${url}?pageSize=100`)).json());
    expect(again.items.at(-1)?.id).toBe(first?.id);
    expect(again.items.slice(0, -1).every((x) => x.status === 'open')).toBe(true);
    const completed = ListTrialsResponse.parse((await chief.get(`${url}?status=completed`)).json());
    expect(completed.items.map((x) => x.id)).toEqual([first?.id]);
    const page2 = ListTrialsResponse.parse((await chief.get(`${url}?pageSize=2&page=2`)).json());
    expect(page2.page).toEqual({ page: 2, pageSize: 2, total: all.items.length });
    expect(page2.items.map((x) => x.id)).toEqual(again.items.slice(2, 4).map((x) => x.id));
    const detail = TrialWithLogs.parse((await chief.get(trialUrl(logged?.id ?? ''))).json());
    expect(detail.logs.map((l) => [l.authorName, l.triedOn])).toEqual([
      [staffed.leader.name, today],
      [staffed.staff.name, today],
    ]);
  });
});

describe('PATCH /api/v1/trials/:id', () => {
  it('refuses the anonymous, bad fields, other municipalities, staff and leaders outside the group – changing nothing', async () => {
    const w = await buildWorld();
    const { courseId, coordinator, leader, staff, otherCoordinator } = w;
    const agreed = await agreeTheCourseTrials(w);
    const { items } = ListTrialsResponse.parse(
      (await coordinator.get(`/api/v1/courses/${courseId}/trials?pageSize=100`)).json(),
    );
    const ag2 = items.find((x) => x.group?.key === 'ag-2');
    const ag1 = items.find((x) => x.group?.key === 'ag-1' && x.status === 'open');
    if (!ag1 || !ag2) throw new Error('trials missing');
    expect(ag2.id).toBe(agreed.otherGroup.id);
    expect([agreed.dialogic.id, agreed.fixedSeats.id]).toContain(ag1.id);
    expect(ag1.version).toBe(1);
    expect((await t.anonymous.patch(trialUrl(ag1.id), { version: 1, status: 'dropped' })).statusCode).toBe(401);
    expect(fields(await leader.patch(trialUrl(ag1.id), { version: 1 }))).toEqual(['status']);
    expect(fields(await leader.patch(trialUrl(ag1.id), { version: 1, status: 'closed' }))).toEqual(['status']);
    expect(fields(await leader.patch(trialUrl(ag1.id), { version: 0, status: 'dropped' }))).toEqual(['version']);
    expect(fields(await leader.patch(trialUrl(ag1.id), { version: 1, description: '' }))).toEqual(['description']);
    expect((await otherCoordinator.patch(trialUrl(ag1.id), { version: 1, status: 'dropped' })).statusCode).toBe(404);
    expect((await staff.patch(trialUrl(ag1.id), { version: 1, status: 'dropped' })).statusCode).toBe(403);
    expect((await leader.patch(trialUrl(ag2.id), { version: 1, status: 'dropped' })).statusCode).toBe(404);
    const after = TrialWithLogs.parse((await coordinator.get(trialUrl(ag1.id))).json());
    expect(after).toMatchObject({ status: 'open', version: ag1.version, description: ag1.description });
    const other = TrialWithLogs.parse((await coordinator.get(trialUrl(ag2.id))).json());
    expect(other).toMatchObject({ status: 'open', version: ag2.version, description: ag2.description });
  });

  it('changes text and status with the version, audits, and a closed trial takes no logs', async () => {
    const w = await buildWorld();
    const { courseId, coordinator, leader, staff } = w;
    const agreed = await agreeTheCourseTrials(w);
    const { items } = ListTrialsResponse.parse(
      (await coordinator.get(`/api/v1/courses/${courseId}/trials?status=open&pageSize=100`)).json(),
    );
    const trial = items.find((x) => x.group?.key === 'ag-1');
    if (!trial) throw new Error('trial missing');
    expect([agreed.dialogic.id, agreed.fixedSeats.id]).toContain(trial.id);
    const res = await leader.patch(trialUrl(trial.id), {
      version: trial.version,
      responsible: 'Hele huset',
      status: 'dropped',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(TrialWithLogs.parse(res.json())).toMatchObject({
      responsible: 'Hele huset',
      status: 'dropped',
      version: trial.version + 1,
      allowed: { log: false },
    });
    expect((await leader.patch(trialUrl(trial.id), { version: trial.version, status: 'open' })).statusCode).toBe(409);
    const closed = await staff.post(trialUrl(trial.id, '/logs'), log());
    expect(fields(closed)).toEqual(['status']);
    const audit = (await auditRows(trial.id)).filter((r) => r.action === 'trial.update').map((r) => r.details);
    expect(audit).toEqual([{ courseId, changedFields: ['responsible', 'status'] }]);
    const reopened = await leader.patch(trialUrl(trial.id), { version: trial.version + 1, status: 'open' });
    expect(TrialWithLogs.parse(reopened.json()).allowed.log).toBe(true);
  });
});
