import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUND_LIMITS } from '../src/shared/contracts/field-limits.js';
import { consultantAbsences } from '../src/server/db/schema-course-work.js';
import { auditLog, courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { currentMonth } from '../src/server/modules/course-schedule/read-calendar.js';
import {
  ApplyRoundScheduleResponse,
  CalendarResponse,
  CourseSchedule,
  CourseScheduleProposal,
  MoveMeetingResponse,
  RoundScheduleProposal,
  RoundScheduleSettings,
} from '../src/shared/contracts/course-schedule.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildStaffedCourse } from './helpers/courses-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';
import { word } from '../src/shared/contracts/messages.js';
import type { ScheduleViolationMessage } from '../src/shared/contracts/schedule.js';
import { scheduleReasonsDa, scheduleViolationsDa } from '../web/src/i18n/schedule-messages.da.js';

/** The API sends codes; the Danish client words them so (web/src/i18n/schedule-messages.da.ts). */
const danish = (violations: readonly ScheduleViolationMessage[]) =>
  violations.map((v) => word(scheduleViolationsDa, v));

/**
 * Each test builds its own world: round A (Aug 2027 – Jun 2028) with
 * Copenhagen (0101) and Odense (0461), both run by the test's consultant, and
 * a course of Odense with no consultant in round A's period ("not on the
 * course"). Round B (2028): Copenhagen run by the same consultant and Odense
 * with no consultant, planned by the admin at once.
 */
let t: TestApp;

interface World {
  admin: Agent;
  consultant: Agent;
  coordinator: Agent;
  otherCoordinator: Agent;
  chief: Agent;
  consultantId: string;
  roundA: string;
  koebenhavn: string;
  odenseId: string;
  unassigned: string;
}

async function buildWorld(): Promise<World> {
  const copenhagen = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  const odense = await buildStaffedCourse(t.database, {
    municipalityCode: '0461',
    roundId: copenhagen.course.roundId,
    consultant: copenhagen.consultant,
  });
  const { courseId: unassigned } = await buildCourse(t.database, { municipalityCode: '0461', consultantId: null });
  const [admin, consultant, coordinator, otherCoordinator, chief] = await Promise.all([
    t.loginAs('national_admin'),
    t.loginPerson(copenhagen.consultant!),
    t.loginPerson(copenhagen.coordinator),
    t.loginPerson(odense.coordinator),
    t.loginPerson(copenhagen.chief),
  ]);
  return {
    admin,
    consultant,
    coordinator,
    otherCoordinator,
    chief,
    consultantId: copenhagen.consultant!.id,
    roundA: copenhagen.course.roundId,
    koebenhavn: copenhagen.course.courseId,
    odenseId: odense.course.courseId,
    unassigned,
  };
}

const schedule = async (agent: Agent, courseId: string) => {
  const res = await agent.get(`/api/v1/courses/${courseId}/schedule`);
  expect(res.statusCode, res.body).toBe(200);
  return CourseSchedule.parse(res.json());
};
const auditOf = (entityId: string, action: string) =>
  inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action))),
  );
const fieldsOf = (res: { json: () => { errors?: { field: string }[] } }) =>
  (res.json().errors ?? []).map((e) => e.field);
const dated = async (courseId: string) => (await meetingsOf(t.database, courseId)).filter((m) => m.date !== null);

/** The consultant is busy elsewhere: Odense's kick-off is on 2 August 09–11, and they are away 9–10 August. */
async function busyElsewhere(w: World) {
  const kickoff = (await meetingsOf(t.database, w.odenseId)).find((m) => m.kind === 'kickoff')!;
  await inMaintenanceTx(t.database.db, async (tx) => {
    await tx
      .update(courseMeetings)
      .set({ date: '2027-08-02', startTime: '09:00', endTime: '11:00' })
      .where(eq(courseMeetings.id, kickoff.id));
    await tx
      .insert(consultantAbsences)
      .values({ userId: w.consultantId, fromDate: '2027-08-09', toDate: '2027-08-10' });
  });
}

/** Round A planned: the consultant busy elsewhere, and Copenhagen's proposal applied as the consultant saw it. */
async function planned(w: World): Promise<CourseSchedule> {
  await busyElsewhere(w);
  const proposal = CourseScheduleProposal.parse(
    (await w.consultant.get(`/api/v1/courses/${w.koebenhavn}/schedule/proposal`)).json(),
  );
  if (!proposal.feasible) throw new Error(JSON.stringify(proposal.reason));
  const res = await w.consultant.post(`/api/v1/courses/${w.koebenhavn}/schedule/apply`, {
    courseVersion: proposal.courseVersion,
    meetings: proposal.meetings.map(({ id, date, start, end }) => ({ id, date, start, end })),
  });
  expect(res.statusCode, res.body).toBe(200);
  const applied = CourseSchedule.parse(res.json());
  expect(applied.undatedCount).toBe(0);
  return applied;
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('round schedule settings', () => {
  const url = (roundA: string) => `/api/v1/rounds/${roundA}/schedule-settings`;

  it('are the Danish school holidays of the course period until the admin saves', async () => {
    const { admin, consultant, coordinator, roundA } = await buildWorld();
    expect((await t.anonymous.get(url(roundA))).statusCode).toBe(401);
    expect((await admin.get('/api/v1/rounds/0b7e4a3e-9c1d-4f2a-8e5b-6d3c2b1a0f9e/schedule-settings')).statusCode).toBe(
      404,
    );
    expect((await coordinator.get(url(roundA))).statusCode).toBe(403);
    const read = RoundScheduleSettings.parse((await consultant.get(url(roundA))).json());
    expect(read).toEqual({
      roundId: roundA,
      holidayWeeks: [
        { from: '2027-07-12', to: '2027-08-06', label: 'sommerferie' },
        { from: '2027-10-18', to: '2027-10-22', label: 'efterårsferie' },
        { from: '2027-12-23', to: '2028-01-01', label: 'juleferie' },
        { from: '2028-02-14', to: '2028-02-18', label: 'vinterferie' },
      ],
      maxMeetingsPerConsultantPerDay: 2,
      version: 0,
      isDefault: true,
      allowed: { edit: false },
    });
    expect(RoundScheduleSettings.parse((await admin.get(url(roundA))).json()).allowed.edit).toBe(true);
  });

  it('are saved by the admin with a version; bad input and stale versions change nothing', async () => {
    const { admin, consultant, roundA } = await buildWorld();
    // The first holiday's name at its limit (the form's count, issue 11 point 5) is saved.
    const weeks = RoundScheduleSettings.parse((await admin.get(url(roundA))).json()).holidayWeeks.map((w, i) =>
      i === 0 ? { ...w, label: 'f'.repeat(ROUND_LIMITS.holidayLabel) } : w,
    );
    const body = { version: 0, holidayWeeks: weeks, maxMeetingsPerConsultantPerDay: 2 };
    expect((await consultant.put(url(roundA), body)).statusCode).toBe(403);
    const tooLongLabel = 'f'.repeat(ROUND_LIMITS.holidayLabel + 1);
    const bad = [
      [
        { ...body, holidayWeeks: [{ from: '2027-10-22', to: '2027-10-18', label: 'efterårsferie' }] },
        'holidayWeeks.0.to',
      ],
      [{ ...body, holidayWeeks: [{ from: '2027-10-18', to: '2027-10-22', label: ' ' }] }, 'holidayWeeks.0.label'],
      [
        { ...body, holidayWeeks: [{ from: '2027-10-18', to: '2027-10-22', label: tooLongLabel }] },
        'holidayWeeks.0.label',
      ],
      [{ ...body, holidayWeeks: [{ from: '18/10/2027', to: '2027-10-22', label: 'x' }] }, 'holidayWeeks.0.from'],
      [{ ...body, maxMeetingsPerConsultantPerDay: 4 }, 'maxMeetingsPerConsultantPerDay'],
      [{ holidayWeeks: weeks, maxMeetingsPerConsultantPerDay: 2 }, 'version'],
    ] as const;
    for (const [payload, field] of bad) {
      const res = await admin.put(url(roundA), payload);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
      expect(res.json().errors[0].message).toMatch(/[a-zæøå]/);
    }
    const long = await admin.put(url(roundA), {
      ...body,
      holidayWeeks: [{ from: '2027-10-18', to: '2027-10-22', label: tooLongLabel }],
    });
    expect(long.json().errors[0].message).toBe('Navnet må højst være 60 tegn, men er 61 tegn. Forkort det');
    expect(RoundScheduleSettings.parse((await admin.get(url(roundA))).json()).version).toBe(0);

    const saved = RoundScheduleSettings.parse((await admin.put(url(roundA), body)).json());
    expect(saved).toMatchObject({ version: 1, isDefault: false, holidayWeeks: weeks });
    const stale = await admin.put(url(roundA), { ...body, maxMeetingsPerConsultantPerDay: 3 });
    expect(stale.statusCode).toBe(409);
    expect(RoundScheduleSettings.parse((await consultant.get(url(roundA))).json())).toMatchObject({
      version: 1,
      maxMeetingsPerConsultantPerDay: 2,
    });
    const audit = await auditOf(roundA, 'round.schedule_settings');
    expect(audit.map((a) => a.details)).toEqual([
      { fromVersion: 0, holidayWeeks: 4, maxMeetingsPerConsultantPerDay: 2 },
    ]);
  });
});

describe('a course’s schedule and its proposal', () => {
  it('lists the meetings with their allowed actions; another municipality and a consultant not on the course get 404', async () => {
    const { consultant, coordinator, otherCoordinator, chief, koebenhavn, unassigned } = await buildWorld();
    expect((await t.anonymous.get(`/api/v1/courses/${koebenhavn}/schedule`)).statusCode).toBe(401);
    expect((await otherCoordinator.get(`/api/v1/courses/${koebenhavn}/schedule`)).statusCode).toBe(404);
    expect((await consultant.get(`/api/v1/courses/${unassigned}/schedule`)).statusCode).toBe(404);
    const read = await schedule(coordinator, koebenhavn);
    expect(read.meetings).toHaveLength(33);
    expect(read.undatedCount).toBe(33);
    expect(read.allowed).toEqual({ propose: false, move: true });
    expect(read.meetings.every((m) => m.violations.length === 0 && m.date === null)).toBe(true);
    expect((await schedule(chief, koebenhavn)).allowed).toEqual({ propose: false, move: false });
    expect((await schedule(consultant, koebenhavn)).allowed).toEqual({ propose: true, move: true });
  });

  it('proposes dates around the consultant’s other course and absence, and changes nothing', async () => {
    const w = await buildWorld();
    const { consultant, coordinator, koebenhavn, unassigned } = w;
    // Odense's kick-off is already on 2 August; the consultant is away 9–10 August.
    await busyElsewhere(w);
    expect((await t.anonymous.get(`/api/v1/courses/${koebenhavn}/schedule/proposal`)).statusCode).toBe(401);
    expect((await coordinator.get(`/api/v1/courses/${koebenhavn}/schedule/proposal`)).statusCode).toBe(403);
    expect((await consultant.get(`/api/v1/courses/${unassigned}/schedule/proposal`)).statusCode).toBe(404);
    const proposal = CourseScheduleProposal.parse(
      (await consultant.get(`/api/v1/courses/${koebenhavn}/schedule/proposal`)).json(),
    );
    if (!proposal.feasible) throw new Error(JSON.stringify(proposal.reason));
    expect(proposal.meetings).toHaveLength(33);
    const dates = proposal.meetings.map((m) => m.date);
    expect(dates).not.toContain('2027-08-02');
    expect(dates).not.toContain('2027-08-09');
    expect(dates.filter((d) => d >= '2027-10-18' && d <= '2027-10-22')).toEqual([]);
    expect(proposal.meetings[0]).toMatchObject({ kind: 'kickoff', municipalityName: 'København' });
    expect(proposal.meetings.find((m) => m.kind === 'theme_day')).toMatchObject({
      date: proposal.themeDay,
      start: '09:00',
      end: '15:00',
    });
    expect(await dated(koebenhavn)).toEqual([]);
  });

  it('says in Danish why a course cannot be planned', async () => {
    const { admin, consultantId } = await buildWorld();
    const { courseId } = await buildCourse(t.database, {
      municipalityCode: '0101',
      consultantId,
      courseStart: '2029-08-01',
      courseEnd: '2029-10-31',
    });
    const proposal = CourseScheduleProposal.parse(
      (await admin.get(`/api/v1/courses/${courseId}/schedule/proposal`)).json(),
    );
    expect(proposal).toMatchObject({
      feasible: false,
      reason: { code: 'group_spacing_too_few_days', params: { course: 'København', meetings: 9, days: 21 } },
    });
    if (proposal.feasible) return;
    expect(word(scheduleReasonsDa, proposal.reason)).toMatch(
      /^Forløbet København: ikke nok arbejdsdage til 9 arbejdsgruppemøder/,
    );
  });

  it('stores exactly the proposal the user saw – all of it or none of it', async () => {
    const w = await buildWorld();
    const { consultant, coordinator, koebenhavn, odenseId, unassigned } = w;
    await busyElsewhere(w);
    const url = `/api/v1/courses/${koebenhavn}/schedule/apply`;
    const proposal = CourseScheduleProposal.parse(
      (await consultant.get(`/api/v1/courses/${koebenhavn}/schedule/proposal`)).json(),
    );
    if (!proposal.feasible) throw new Error(JSON.stringify(proposal.reason));
    const meetings = proposal.meetings.map(({ id, date, start, end }) => ({ id, date, start, end }));
    const body = { courseVersion: proposal.courseVersion, meetings };
    expect((await t.anonymous.post(url, body)).statusCode).toBe(401);
    expect((await coordinator.post(url, body)).statusCode).toBe(403);
    expect((await consultant.post(`/api/v1/courses/${unassigned}/schedule/apply`, body)).statusCode).toBe(404);
    const odenseMeeting = (await meetingsOf(t.database, odenseId)).find((m) => m.date === null)!;
    const first = meetings[0]!;
    const bad = [
      [{ ...body, meetings: [{ ...first, start: '09:10' }] }, 'meetings.0.start'],
      [{ ...body, meetings: [{ ...first, end: '08:00' }] }, 'meetings.0.end'],
      [{ ...body, meetings: [{ ...first, date: '2028-07-03' }] }, 'meetings.0.date'],
      [{ ...body, meetings: [{ ...first, id: odenseMeeting.id }] }, 'meetings.0.id'],
      [{ meetings }, 'courseVersion'],
      [{ ...body, meetings: [] }, 'meetings'],
    ] as const;
    for (const [payload, field] of bad) {
      const res = await consultant.post(url, payload);
      expect(res.statusCode, field).toBe(400);
      expect(fieldsOf(res)).toEqual([field]);
    }
    expect((await consultant.post(url, { ...body, courseVersion: body.courseVersion + 1 })).statusCode).toBe(409);
    expect(await dated(koebenhavn)).toEqual([]);

    const applied = CourseSchedule.parse((await consultant.post(url, body)).json());
    expect(applied.undatedCount).toBe(0);
    expect(applied.meetings.map((m) => [m.id, m.date, m.start, m.end]).sort()).toEqual(
      meetings.map((m) => [m.id, m.date, m.start, m.end]).sort(),
    );
    expect(applied.meetings.every((m) => m.version === 2 && m.violations.length === 0)).toBe(true);
    expect(applied.themeDay).toBe(proposal.themeDay);
    expect((await auditOf(koebenhavn, 'course.schedule_apply')).map((a) => a.details)).toEqual([{ meetings: 33 }]);

    // Taken off the calendar again, one meeting is undated; a proposal that also holds a dated one is refused whole.
    const off = applied.meetings.find((m) => m.kind === 'sparring')!;
    expect(
      (
        await consultant.patch(`/api/v1/meetings/${off.id}/schedule`, {
          version: 2,
          date: null,
          start: null,
          end: null,
        })
      ).statusCode,
    ).toBe(200);
    const mixed = await consultant.post(url, {
      ...body,
      meetings: [meetings.find((m) => m.id === off.id)!, meetings.find((m) => m.id !== off.id)!],
    });
    expect(mixed.statusCode).toBe(409);
    expect(mixed.json().detail).toMatch(/Intet er gemt/);
    expect((await dated(koebenhavn)).find((m) => m.id === off.id)).toBeUndefined();
    expect((await dated(koebenhavn)).every((m) => m.version === 2)).toBe(true);
  });

  it('reuses the round’s theme day for the next course of the round', async () => {
    const w = await buildWorld();
    const { consultant, koebenhavn, odenseId } = w;
    await planned(w);
    const themeDay = (await schedule(consultant, koebenhavn)).themeDay;
    const proposal = CourseScheduleProposal.parse(
      (await consultant.get(`/api/v1/courses/${odenseId}/schedule/proposal`)).json(),
    );
    if (!proposal.feasible) throw new Error(JSON.stringify(proposal.reason));
    expect(proposal.themeDay).toBe(themeDay);
    expect(proposal.meetings.find((m) => m.kind === 'theme_day')?.date).toBe(themeDay);
    // One course a day for the consultant: none of Odense's meetings lands on a day of Copenhagen's.
    const koebenhavnDays = new Set((await dated(koebenhavn)).map((m) => m.date));
    expect(proposal.meetings.filter((m) => m.kind !== 'theme_day' && koebenhavnDays.has(m.date))).toEqual([]);
    expect(proposal.meetings).toHaveLength(32); // the kick-off is dated already
  });
});

describe('moving a meeting', () => {
  const url = (id: string) => `/api/v1/meetings/${id}/schedule`;

  it('refuses the basics with Danish messages and changes nothing', async () => {
    const w = await buildWorld();
    const { consultant, chief, otherCoordinator, koebenhavn } = w;
    await planned(w);
    const m = (await schedule(consultant, koebenhavn)).meetings.find(
      (x) => x.kind === 'working_group' && x.date !== null,
    )!;
    const body = { version: m.version, date: m.date, start: '10:00', end: '12:00' };
    expect((await t.anonymous.patch(url(m.id), body)).statusCode).toBe(401);
    expect((await chief.patch(url(m.id), body)).statusCode).toBe(403);
    expect((await otherCoordinator.patch(url(m.id), body)).statusCode).toBe(404);
    expect((await consultant.patch(url('0b7e4a3e-9c1d-4f2a-8e5b-6d3c2b1a0f9e'), body)).statusCode).toBe(404);
    const bad = [
      [{ ...body, start: null }, ['start']],
      [{ ...body, start: '10:05' }, ['start']],
      [{ ...body, start: '9:00' }, ['start']],
      [{ ...body, start: '06:45' }, ['start']],
      [{ ...body, end: '09:00' }, ['end']],
      [{ ...body, date: '2028-07-01' }, ['date']],
      [{ ...body, date: '1/9/2027' }, ['date']],
      [{ ...body, version: undefined }, ['version']],
    ] as const;
    for (const [payload, fields] of bad) {
      const res = await consultant.patch(url(m.id), payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(fieldsOf(res)).toEqual(fields);
    }
    expect((await consultant.patch(url(m.id), { ...body, version: m.version + 1 })).statusCode).toBe(409);
    const after = (await schedule(consultant, koebenhavn)).meetings.find((x) => x.id === m.id)!;
    expect(after).toMatchObject({ date: m.date, start: m.start, version: m.version });
  });

  it('saves a move that breaks rules, lists them, shows them on the course and audits them', async () => {
    const w = await buildWorld();
    const { consultant, coordinator, koebenhavn } = w;
    await planned(w);
    const m = (await schedule(consultant, koebenhavn)).meetings.find(
      (x) => x.kind === 'working_group' && x.date !== null,
    )!;
    const res = await consultant.patch(url(m.id), {
      version: m.version,
      date: '2027-10-19',
      start: '10:00',
      end: '12:00',
    });
    expect(res.statusCode, res.body).toBe(200);
    const moved = MoveMeetingResponse.parse(res.json());
    expect(moved).toMatchObject({ date: '2027-10-19', start: '10:00', end: '12:00', version: m.version + 1 });
    expect(moved.violations).toContainEqual({
      code: 'holiday_week',
      params: { subject: 'meeting', from: '2027-10-18', to: '2027-10-22', label: 'efterårsferie' },
    });
    expect(danish(moved.violations)).toContain('Mødet ligger i en ferieuge (efterårsferie 18.–22. oktober)');
    const shown = (await schedule(coordinator, koebenhavn)).meetings.find((x) => x.id === m.id)!;
    expect(shown.violations).toEqual(moved.violations);
    const [audit] = await auditOf(m.id, 'meeting.move');
    expect(audit?.details).toEqual({
      courseId: koebenhavn,
      from: `${m.date} ${m.start}–${m.end}`,
      to: '2027-10-19 10:00–12:00',
      violations: moved.violations,
    });
    expect(audit?.municipalityCode).toBe('0101');
  });

  it('shows a clash between two courses of one consultant, naming the other municipality only to the agency', async () => {
    const w = await buildWorld();
    const { consultant, coordinator, otherCoordinator, koebenhavn, odenseId } = w;
    await planned(w);
    const kb = (await schedule(consultant, koebenhavn)).meetings.find((x) => x.kind === 'steering')!;
    const od = (await schedule(consultant, odenseId)).meetings.find((x) => x.kind === 'kickoff')!;
    const res = await coordinator.patch(url(kb.id), {
      version: kb.version,
      date: od.date,
      start: '10:00',
      end: '12:00',
    });
    expect(res.statusCode, res.body).toBe(200);
    const forCoordinator = MoveMeetingResponse.parse(res.json()).violations;
    expect(forCoordinator).toContainEqual({
      code: 'one_course_per_day',
      params: { courses: [{ name: 'en anden kommune' }] },
    });
    expect(danish(forCoordinator)).toContain('Konsulenten har allerede et møde med en anden kommune denne dag');
    expect(danish(forCoordinator)).toContain('Overlapper med et andet møde (09.00–11.00)');
    expect(JSON.stringify(forCoordinator)).not.toContain('Odense');
    const forConsultant = (await schedule(consultant, koebenhavn)).meetings.find((x) => x.id === kb.id)!.violations;
    expect(danish(forConsultant)).toContain('Konsulenten har allerede et møde med Odense denne dag');
    const other = (await schedule(otherCoordinator, odenseId)).meetings.find((x) => x.id === od.id)!.violations;
    expect(danish(other)).toContain('Konsulenten har allerede et møde med en anden kommune denne dag');
  });

  it('cannot move a held meeting, and takes a meeting off the calendar with nulls', async () => {
    const w = await buildWorld();
    const { consultant, koebenhavn } = w;
    await planned(w);
    const [held, free] = (await schedule(consultant, koebenhavn)).meetings.filter((x) => x.kind === 'leader_sparring');
    await inMaintenanceTx(t.database.db, (tx) =>
      tx.update(courseMeetings).set({ status: 'held' }).where(eq(courseMeetings.id, held!.id)),
    );
    const refused = await consultant.patch(url(held!.id), {
      version: held!.version,
      date: null,
      start: null,
      end: null,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'date', message: 'Mødet er afholdt og kan ikke flyttes' }]);
    expect((await schedule(consultant, koebenhavn)).meetings.find((x) => x.id === held!.id)).toMatchObject({
      date: held!.date,
      allowed: { move: false },
    });
    const cleared = MoveMeetingResponse.parse(
      (await consultant.patch(url(free!.id), { version: free!.version, date: null, start: null, end: null })).json(),
    );
    expect(cleared).toMatchObject({ date: null, start: null, end: null, violations: [] });
    // All 33 meetings were dated (planned); now the cleared one is not.
    expect((await schedule(consultant, koebenhavn)).undatedCount).toBe(1);
  });
});

describe('the one calendar', () => {
  const url = (q: string) => `/api/v1/calendar${q}`;

  it('validates the range', async () => {
    const { consultant } = await buildWorld();
    expect((await t.anonymous.get(url(''))).statusCode).toBe(401);
    const bad = [
      ['?from=2027-09-01', ['to']],
      ['?from=2027-09-30&to=2027-09-01', ['to']],
      ['?from=2027-01-01&to=2028-03-01', ['to']],
      ['?from=2027-9-1&to=2027-09-30', ['from']],
      ['?from=2027-09-01&to=2027-09-30&consultantId=x', ['consultantId']],
    ] as const;
    for (const [q, fields] of bad) {
      const res = await consultant.get(url(q));
      expect(res.statusCode, q).toBe(400);
      expect(fieldsOf(res)).toEqual(fields);
    }
    const month = CalendarResponse.parse((await consultant.get(url(''))).json());
    expect({ from: month.from, to: month.to }).toEqual(currentMonth(t.now()));
  });

  it('shows a consultant both courses with their clashes, a municipality only its own', async () => {
    const w = await buildWorld();
    const { admin, consultant, coordinator, consultantId, koebenhavn, odenseId } = w;
    await planned(w);
    // Copenhagen's steering meeting moved onto Odense's kick-off day: a clash of the consultant's.
    const kb = (await schedule(consultant, koebenhavn)).meetings.find((x) => x.kind === 'steering')!;
    const od = (await schedule(consultant, odenseId)).meetings.find((x) => x.kind === 'kickoff')!;
    const clash = await coordinator.patch(`/api/v1/meetings/${kb.id}/schedule`, {
      version: kb.version,
      date: od.date,
      start: '10:00',
      end: '12:00',
    });
    expect(clash.statusCode, clash.body).toBe(200);
    const q = '?from=2027-08-01&to=2028-06-30';
    const mine = CalendarResponse.parse((await consultant.get(url(q))).json());
    const names = new Set(mine.items.map((i) => i.municipalityName));
    expect(names).toEqual(new Set(['København', 'Odense']));
    expect(mine.items.map((i) => i.date)).toEqual(mine.items.map((i) => i.date).sort());
    expect(
      mine.items.some((i) => danish(i.violations).includes('Konsulenten har allerede et møde med Odense denne dag')),
    ).toBe(true);
    const own = CalendarResponse.parse((await coordinator.get(url(q))).json());
    expect(new Set(own.items.map((i) => i.municipalityName))).toEqual(new Set(['København']));
    expect(JSON.stringify(own.items.flatMap((i) => i.violations))).not.toContain('Odense');
    const all = CalendarResponse.parse((await admin.get(url(`${q}&consultantId=${consultantId}`))).json());
    expect(all.items.length).toBe(mine.items.length);
    const nobody = CalendarResponse.parse(
      (await admin.get(url(`${q}&consultantId=0b7e4a3e-9c1d-4f2a-8e5b-6d3c2b1a0f9e`))).json(),
    );
    expect(nobody.items).toEqual([]);
  });
});

describe('a whole round at once (admin)', () => {
  it('proposes one plan for every course of the round, around the consultant’s other round, and applies it', async () => {
    const w = await buildWorld();
    const { admin, consultant, consultantId, koebenhavn, odenseId } = w;
    await planned(w);
    const { courseId: b1, roundId: roundB } = await buildCourse(t.database, {
      municipalityCode: '0101',
      consultantId,
      courseStart: '2028-01-01',
      courseEnd: '2028-12-31',
    });
    const { courseId: b2 } = await buildCourse(t.database, {
      municipalityCode: '0461',
      roundId: roundB,
      consultantId: null,
    });
    const url = `/api/v1/rounds/${roundB}/schedule`;
    expect((await consultant.get(`${url}/proposal`)).statusCode).toBe(403);
    expect((await admin.get('/api/v1/rounds/0b7e4a3e-9c1d-4f2a-8e5b-6d3c2b1a0f9e/schedule/proposal')).statusCode).toBe(
      404,
    );
    const proposal = RoundScheduleProposal.parse((await admin.get(`${url}/proposal`)).json());
    if (!proposal.feasible) throw new Error(JSON.stringify(proposal.reason));
    expect(proposal.meetings).toHaveLength(66);
    const theme = proposal.meetings.filter((m) => m.kind === 'theme_day');
    expect(theme.map((m) => [m.municipalityName, m.date])).toEqual([
      ['København', proposal.themeDay],
      ['Odense', proposal.themeDay],
    ]);
    // The consultant's round-A days are not used for round B's Copenhagen course.
    const aDays = new Set([...(await dated(koebenhavn)), ...(await dated(odenseId))].map((m) => m.date));
    expect(proposal.meetings.filter((m) => m.courseId === b1 && m.kind !== 'theme_day' && aDays.has(m.date))).toEqual(
      [],
    );

    const body = { meetings: proposal.meetings.map(({ id, date, start, end }) => ({ id, date, start, end })) };
    expect((await consultant.post(`${url}/apply`, body)).statusCode).toBe(403);
    const foreign = await admin.post(`${url}/apply`, {
      meetings: [{ ...body.meetings[0]!, id: (await dated(koebenhavn))[0]!.id }],
    });
    expect(fieldsOf(foreign)).toEqual(['meetings.0.id']);
    const applied = ApplyRoundScheduleResponse.parse((await admin.post(`${url}/apply`, body)).json());
    expect(applied).toEqual({ applied: 66, courses: 2 });
    expect((await dated(b1)).length + (await dated(b2)).length).toBe(66);
    expect((await auditOf(roundB, 'round.schedule_apply')).map((a) => a.details)).toEqual([
      { courses: 2, meetings: 66, themeDay: proposal.themeDay },
    ]);
    const perCourse = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'course.schedule_apply'), inArray(auditLog.entityId, [b1, b2]))),
    );
    expect(perCourse.map((a) => a.municipalityCode).sort()).toEqual(['0101', '0461']);
    expect((await admin.post(`${url}/apply`, body)).statusCode).toBe(409);
  });
});
