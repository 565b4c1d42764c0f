import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trialLogs, trials } from '../src/server/db/schema-course-work.js';
import { courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { CourseDashboard } from '../src/shared/contracts/course-dashboard.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildStaffedCourse, type StaffedCourse } from './helpers/courses-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';
import { testToday } from './helpers/test-clock.js';

let t: TestApp;
let coordinator: Agent;
let world: StaffedCourse;
let courseId: string;
const today = testToday();
const daysFromToday = (days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Copenhagen's course with the kick-off held 30 days ago (minutes not written),
 * the first steering meeting 10 days ago (minutes approved), sparring in a
 * week and the first working-group meeting in two weeks; one open trial with
 * two logs and one completed trial.
 */
beforeAll(async () => {
  t = await startTestApp();
  world = await buildStaffedCourse(t.database, {
    municipalityCode: '0101',
    courseStart: daysFromToday(-60),
    courseEnd: daysFromToday(300),
  });
  courseId = world.course.courseId;
  coordinator = await t.loginPerson(world.coordinator);
  const meetings = await meetingsOf(t.database, courseId);
  const find = (kind: string, sequence = 1) => meetings.find((m) => m.kind === kind && m.sequence === sequence)!;
  const { staff } = world;
  await inMaintenanceTx(t.database.db, async (tx) => {
    const set = (id: string, values: Partial<typeof courseMeetings.$inferInsert>) =>
      tx.update(courseMeetings).set(values).where(eq(courseMeetings.id, id));
    await set(find('kickoff').id, { date: daysFromToday(-30), startTime: '09:00', endTime: '11:00', status: 'held' });
    await set(find('steering').id, {
      date: daysFromToday(-10),
      startTime: '12:00',
      endTime: '14:00',
      status: 'held',
      minutesStatus: 'approved',
      minutesHtml: '<p>Godkendt</p>',
    });
    await set(find('sparring').id, { date: daysFromToday(7), startTime: '09:00', endTime: '11:00' });
    await set(find('working_group').id, { date: daysFromToday(14), startTime: '12:00', endTime: '14:00' });
    const [open] = await tx
      .insert(trials)
      .values({
        courseId,
        meetingId: find('steering').id,
        description: 'Fælles læsestund om fredagen',
        responsible: 'Stue 2',
        createdBy: staff.id,
      })
      .returning({ id: trials.id });
    await tx.insert(trials).values({
      courseId,
      meetingId: find('steering').id,
      description: 'Afsluttet',
      responsible: 'Alle',
      createdBy: staff.id,
      status: 'completed',
    });
    await tx.insert(trialLogs).values([
      {
        trialId: open!.id,
        authorId: staff.id,
        triedOn: daysFromToday(-8),
        whatTried: 'Læsestund',
        whatHappened: 'Godt',
      },
      {
        trialId: open!.id,
        authorId: staff.id,
        triedOn: daysFromToday(-3),
        whatTried: 'Læsestund igen',
        whatHappened: 'Flere forældre kom',
      },
    ]);
  });
});
afterAll(() => t.close());

describe('course dashboard', () => {
  it('shows the timeline, the next meeting, open trials and what the municipality owes', async () => {
    const res = await coordinator.get(`/api/v1/courses/${courseId}/dashboard`);
    expect(res.statusCode, res.body).toBe(200);
    const d = CourseDashboard.parse(res.json());
    expect(d.today).toBe(today);
    expect(d.meetings).toMatchObject({ held: 2, dated: 4, cancelled: 0 });
    expect(d.meetings.total).toBe(d.timeline.length);
    expect(d.timeline.slice(0, 4).map((m) => m.kind)).toEqual(['kickoff', 'steering', 'sparring', 'working_group']);
    expect(d.timeline.slice(4).every((m) => m.date === null)).toBe(true);
    expect(d.next).toMatchObject({ kind: 'sparring', date: daysFromToday(7), start: '09:00' });
    expect(d.openTrials.total).toBe(1);
    expect(d.openTrials.items[0]).toMatchObject({
      description: 'Fælles læsestund om fredagen',
      logCount: 2,
      lastLoggedOn: daysFromToday(-3),
    });
    const owed = d.owed.map((o) => o.kind);
    expect(owed).toContain('self_analysis');
    expect(owed).toContain('change_model');
    const minutes = d.owed.filter((o) => o.kind === 'minutes');
    expect(minutes).toEqual([expect.objectContaining({ date: daysFromToday(-30), minutesStatus: 'none' })]);
  });

  it('is 404 for another municipality and for a consultant not on the course, and readable by staff', async () => {
    const odense = await buildCourse(t.database, { municipalityCode: '0461' });
    const otherCoordinator = await t.loginAs('coordinator', { municipalityCode: '0461' });
    expect((await otherCoordinator.get(`/api/v1/courses/${odense.courseId}/dashboard`)).statusCode).toBe(200);
    expect((await otherCoordinator.get(`/api/v1/courses/${courseId}/dashboard`)).statusCode).toBe(404);
    const other = await buildCourse(t.database, { municipalityCode: '0101', consultantId: null });
    const consultant = await t.loginPerson(world.consultant!);
    expect((await consultant.get(`/api/v1/courses/${other.courseId}/dashboard`)).statusCode).toBe(404);
    expect((await consultant.get(`/api/v1/courses/${courseId}/dashboard`)).statusCode).toBe(200);
    const staff = await t.loginPerson(world.staff);
    expect((await staff.get(`/api/v1/courses/${courseId}/dashboard`)).statusCode).toBe(200);
    expect((await t.anonymous.get(`/api/v1/courses/${courseId}/dashboard`)).statusCode).toBe(401);
    expect((await coordinator.get('/api/v1/courses/not-a-uuid/dashboard')).statusCode).toBe(400);
  });

  it('counts no trials of other courses', async () => {
    const other = await buildCourse(t.database, { municipalityCode: '0101' });
    const d = CourseDashboard.parse((await coordinator.get(`/api/v1/courses/${other.courseId}/dashboard`)).json());
    expect(d.openTrials.total).toBe(0);
    const ids = d.timeline.map((m) => m.id);
    const rows = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select({ courseId: courseMeetings.courseId }).from(courseMeetings).where(inArray(courseMeetings.id, ids)),
    );
    expect(new Set(rows.map((r) => r.courseId))).toEqual(new Set([other.courseId]));
  });
});
