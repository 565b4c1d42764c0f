import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseMeetings } from '../src/server/db/schema.js';
import { inActorTx, inMaintenanceTx } from '../src/server/core/transaction.js';
import { buildRoundInput } from '../src/server/modules/course-schedule/round-input.js';
import { loadSituation } from '../src/server/modules/course-schedule/situation.js';
import { CalendarResponse, CourseSchedule } from '../src/shared/contracts/course-schedule.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * Issue 9, point 15: scheduling a round reads the consultants' courses that
 * overlap its period and only their meetings dated inside it – never the
 * consultant's history. The test's consultant runs: the course being planned
 * (Aug 2027 – Jun 2028), an old course (2020–2021) with every meeting dated,
 * and an overlapping course (2028) with one meeting inside the period and one after it.
 */
let t: TestApp;
let consultant: Agent;
let current: { courseId: string; roundId: string };
let old: { courseId: string; roundId: string };
let overlapping: { courseId: string; roundId: string };
let oldMeetingIds: string[];
let insideId: string;
let afterId: string;

async function dateMeeting(id: string, date: string): Promise<void> {
  await inMaintenanceTx(t.database.db, (tx) =>
    tx.update(courseMeetings).set({ date, startTime: '09:00', endTime: '11:00' }).where(eq(courseMeetings.id, id)),
  );
}

beforeAll(async () => {
  t = await startTestApp();
  const person = await t.buildPerson({ role: 'consultant' });
  consultant = await t.loginPerson(person);
  const consultantId = person.id;
  current = await buildCourse(t.database, { municipalityCode: '0860', consultantId });
  old = await buildCourse(t.database, {
    municipalityCode: '0860',
    consultantId,
    courseStart: '2020-08-01',
    courseEnd: '2021-06-30',
  });
  overlapping = await buildCourse(t.database, {
    municipalityCode: '0217',
    consultantId,
    courseStart: '2028-01-01',
    courseEnd: '2028-12-31',
  });
  const oldMeetings = await meetingsOf(t.database, old.courseId);
  oldMeetingIds = oldMeetings.map((m) => m.id);
  // Every old meeting on its own weekday of autumn 2020: the history a consultant builds up.
  for (const [i, m] of oldMeetings.entries())
    await dateMeeting(m.id, new Date(Date.UTC(2020, 8, 1 + i)).toISOString().slice(0, 10));
  const [inside, later] = await meetingsOf(t.database, overlapping.courseId);
  insideId = inside!.id;
  afterId = later!.id;
  await dateMeeting(insideId, '2028-03-07');
  await dateMeeting(afterId, '2028-09-05');
});

afterAll(async () => {
  await t.close();
});

describe('scheduling reads only what overlaps the period', () => {
  it('loads none of an old, non-overlapping course or its meetings', async () => {
    expect(oldMeetingIds.length).toBeGreaterThan(20);
    const situation = await inActorTx(t.database.db, null, (tx) => loadSituation(tx, [current.roundId]));
    expect(situation.courses.has(old.courseId)).toBe(false);
    const loaded = new Set(situation.meetings.map((m) => m.id));
    expect(oldMeetingIds.filter((id) => loaded.has(id))).toEqual([]);
    // The course being planned comes whole, dated or not.
    const own = await meetingsOf(t.database, current.courseId);
    expect(own.every((m) => loaded.has(m.id))).toBe(true);
  });

  it('still loads an overlapping course, with only its meetings dated inside the period, which block the consultant', async () => {
    const situation = await inActorTx(t.database.db, null, (tx) => loadSituation(tx, [current.roundId]));
    expect(situation.courses.has(overlapping.courseId)).toBe(true);
    const ofOverlapping = situation.meetings.filter((m) => m.courseId === overlapping.courseId).map((m) => m.id);
    expect(ofOverlapping).toEqual([insideId]);
    expect(ofOverlapping).not.toContain(afterId);
    const { input } = buildRoundInput(situation, current.roundId);
    const busyDates = input.courses.filter((c) => c.external).flatMap((c) => c.meetings.map((m) => m.fixed?.date));
    expect(busyDates).toContain('2028-03-07');
    expect(busyDates).not.toContain('2028-09-05');
  });

  it('the course schedule and the calendar answer as before', async () => {
    const res = await consultant.get(`/api/v1/courses/${current.courseId}/schedule`);
    expect(res.statusCode, res.body).toBe(200);
    const schedule = CourseSchedule.parse(res.json());
    expect(schedule.meetings.map((m) => m.id).sort()).toEqual(
      (await meetingsOf(t.database, current.courseId)).map((m) => m.id).sort(),
    );
    const calendar = CalendarResponse.parse(
      (await consultant.get('/api/v1/calendar?from=2028-03-01&to=2028-03-31')).json(),
    );
    expect(calendar.items.map((i) => i.meetingId)).toContain(insideId);
    const oldCalendar = CalendarResponse.parse(
      (await consultant.get('/api/v1/calendar?from=2020-09-01&to=2020-09-30')).json(),
    );
    expect(oldCalendar.items.filter((i) => i.courseId === old.courseId).length).toBeGreaterThan(0);
  });
});
