import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { CourseScheduleProposal } from '../src/shared/contracts/course-schedule.js';
import { addDays } from '../src/server/time/add-days.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildStaffedCourse } from './helpers/courses-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';
import { word } from '../src/shared/contracts/messages.js';
import { scheduleReasonsDa } from '../web/src/i18n/schedule-messages.da.js';

/**
 * What the review asked of applying and moving: a proposal is stored only if
 * it still keeps the rules and lies ahead; the round's theme day and the
 * national conference are moved by the agency only; the audit row a
 * municipality reads names no other municipality.
 */
let t: TestApp;
let consultant: Agent;
let coordinator: Agent;
let consultantId: string;
let koebenhavn: string;
let odense: string;
const today = testToday();

beforeAll(async () => {
  t = await startTestApp();
  // A round under way: it started 30 days ago. One consultant runs Copenhagen's and Odense's courses.
  const world = await buildStaffedCourse(t.database, {
    municipalityCode: '0101',
    courseStart: addDays(today, -30),
    courseEnd: addDays(today, 300),
  });
  koebenhavn = world.course.courseId;
  consultantId = world.course.consultantId!;
  consultant = await t.loginPerson(world.consultant!);
  coordinator = await t.loginPerson(world.coordinator);
  ({ courseId: odense } = await buildCourse(t.database, {
    municipalityCode: '0461',
    roundId: world.course.roundId,
    consultantId,
  }));
});
afterAll(() => t.close());

const proposalFor = async (courseId: string) => {
  const res = await consultant.get(`/api/v1/courses/${courseId}/schedule/proposal`);
  expect(res.statusCode, res.body).toBe(200);
  return CourseScheduleProposal.parse(res.json());
};
const datedCount = async (courseId: string) =>
  (await meetingsOf(t.database, courseId)).filter((m) => m.date !== null).length;

describe('applying a proposal', () => {
  it('proposes nothing before tomorrow for a course under way', async () => {
    const proposal = await proposalFor(koebenhavn);
    expect(proposal.feasible, JSON.stringify(proposal)).toBe(true);
    if (proposal.feasible) for (const m of proposal.meetings) expect(m.date > today, `${m.title} ${m.date}`).toBe(true);
  });

  it('refuses a date in the past, and stores nothing', async () => {
    const proposal = await proposalFor(koebenhavn);
    if (!proposal.feasible) throw new Error('infeasible');
    const meetings = proposal.meetings.map((m, i) => ({
      id: m.id,
      date: i === 0 ? today : m.date,
      start: m.start,
      end: m.end,
    }));
    const res = await consultant.post(`/api/v1/courses/${koebenhavn}/schedule/apply`, {
      courseVersion: proposal.courseVersion,
      meetings,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      field: 'meetings.0.date',
      message: expect.stringContaining('bagud i tid'),
    });
    expect(await datedCount(koebenhavn)).toBe(0);
  });

  it('refuses a stale proposal that now clashes with the consultant’s other course, and stores nothing', async () => {
    const forKoebenhavn = await proposalFor(koebenhavn);
    const forOdense = await proposalFor(odense);
    if (!forKoebenhavn.feasible || !forOdense.feasible) throw new Error('infeasible');
    const toApply = (p: typeof forKoebenhavn & { feasible: true }) =>
      p.meetings.map((m) => ({ id: m.id, date: m.date, start: m.start, end: m.end }));
    const first = await consultant.post(`/api/v1/courses/${koebenhavn}/schedule/apply`, {
      courseVersion: forKoebenhavn.courseVersion,
      meetings: toApply(forKoebenhavn),
    });
    expect(first.statusCode, first.body).toBe(200);
    // Odense's proposal was made before Copenhagen's dates existed: same consultant, same days.
    const second = await consultant.post(`/api/v1/courses/${odense}/schedule/apply`, {
      courseVersion: forOdense.courseVersion,
      meetings: toApply(forOdense),
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toContain('Forslaget passer ikke længere');
    expect(await datedCount(odense)).toBe(0);
    // A fresh proposal fits around Copenhagen's dates.
    const fresh = await proposalFor(odense);
    if (!fresh.feasible) throw new Error('infeasible');
    const third = await consultant.post(`/api/v1/courses/${odense}/schedule/apply`, {
      courseVersion: fresh.courseVersion,
      meetings: toApply(fresh),
    });
    expect(third.statusCode, third.body).toBe(200);
  });
});

describe('a course past its first third', () => {
  it('plans the rest and leaves the first steering meeting to be dated by hand, saying why', async () => {
    const { courseId } = await buildCourse(t.database, {
      municipalityCode: '0101',
      consultantId,
      courseStart: addDays(today, -150),
      courseEnd: addDays(today, 300),
    });
    const proposal = await proposalFor(courseId);
    expect(proposal.feasible, JSON.stringify(proposal)).toBe(true);
    if (!proposal.feasible) return;
    expect(proposal.left).toEqual([
      expect.objectContaining({
        title: 'Styregruppemøde 1',
        reason: { code: 'steering_third_ended', params: { third: 0, ended: expect.any(String) } },
      }),
    ]);
    expect(word(scheduleReasonsDa, proposal.left[0]!.reason)).toMatch(
      /^Skal ligge i periodens første tredjedel, som sluttede \d/,
    );
    expect(proposal.meetings.map((m) => m.title)).not.toContain('Styregruppemøde 1');
    expect(proposal.meetings.map((m) => m.title)).toContain('Styregruppemøde 2');
    const undated = (await meetingsOf(t.database, courseId)).filter((m) => m.date === null).length;
    expect(proposal.meetings).toHaveLength(undated - 1);
  });
});

describe('moving meetings', () => {
  it('leaves the theme day and the conference to the agency', async () => {
    const meetings = await meetingsOf(t.database, koebenhavn);
    for (const kind of ['theme_day', 'conference'] as const) {
      const m = meetings.find((x) => x.kind === kind)!;
      const body = { version: m.version, date: m.date ?? addDays(today, 20), start: '09:00', end: '11:00' };
      expect((await coordinator.patch(`/api/v1/meetings/${m.id}/schedule`, body)).statusCode, kind).toBe(403);
      expect((await consultant.patch(`/api/v1/meetings/${m.id}/schedule`, body)).statusCode, kind).toBe(403);
    }
    const schedule = (await coordinator.get(`/api/v1/courses/${koebenhavn}/schedule`)).json<{
      meetings: { kind: string; allowed: { move: boolean } }[];
    }>();
    expect(schedule.meetings.filter((m) => m.kind === 'theme_day').every((m) => !m.allowed.move)).toBe(true);
  });

  it('writes broken rules into the municipality’s audit log without naming another municipality', async () => {
    const [mine] = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select()
        .from(courseMeetings)
        .where(
          and(
            eq(courseMeetings.courseId, koebenhavn),
            eq(courseMeetings.kind, 'sparring'),
            eq(courseMeetings.sequence, 2),
          ),
        ),
    );
    // An Odense meeting with a date: the applied proposal's, or one given here when this test runs alone.
    const sparring = (await meetingsOf(t.database, odense)).filter((m) => m.kind === 'sparring');
    const theirs = sparring.find((m) => m.date !== null) ?? sparring[0]!;
    if (theirs.date === null) {
      theirs.date = addDays(today, 21); // a Wednesday, as the test clock's day is
      await inMaintenanceTx(t.database.db, (tx) =>
        tx
          .update(courseMeetings)
          .set({ date: theirs.date, startTime: '09:00', endTime: '11:00' })
          .where(eq(courseMeetings.id, theirs.id)),
      );
    }
    // The consultant moves Copenhagen's meeting onto a day with an Odense meeting.
    const res = await consultant.patch(`/api/v1/meetings/${mine!.id}/schedule`, {
      version: mine!.version,
      date: theirs.date,
      start: '14:00',
      end: '16:00',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(JSON.stringify(res.json().violations)).toContain('Odense');
    const [row] = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, mine!.id), eq(auditLog.action, 'meeting.move'))),
    );
    const audited = (row!.details as { violations: unknown[] }).violations;
    expect(audited.length).toBeGreaterThan(0);
    expect(audited).toContainEqual({ code: 'one_course_per_day', params: { courses: [{ name: 'en anden kommune' }] } });
    expect(JSON.stringify(audited)).not.toContain('Odense');
  });
});
