/**
 * The demo's course year in progress (src/server/seed/demo-course-year.ts),
 * seeded on each of SEED_DATES: on the seed date Hjørring's course of the
 * round under way is mid-way and Helsingør's is signed but not planned. Read
 * through the API as the people who use it, with the clock at the seed date;
 * the stored rows are checked against the modules' contracts and the
 * scheduler's hard rules, and the application carries on from the demo's state.
 */
import { and, asc, count, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DrizzleTx } from '../src/server/db/client.js';
import {
  changeModelVersions,
  indicatorMeasurements,
  meetingParticipants,
  roundScheduleSettings,
  selfAnalyses,
  trialLogs,
  trials,
} from '../src/server/db/schema-course-work.js';
import { applications, auditLog, children, courseMeetings, courses, rounds } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { contentErrors } from '../src/server/modules/change-model/validate-content.js';
import { sanitizeMinutes } from '../src/server/modules/meetings/sanitize-minutes.js';
import { checkSchedule } from '../src/server/modules/scheduling/check-schedule.js';
import { parseStored } from '../src/server/modules/self-analysis/stored-content.js';
import { demoCalendar, type DemoCalendar } from '../src/server/seed/demo-calendar.js';
import { DEMO_COURSE_YEAR_ROUND, demoCourseId } from '../src/server/seed/demo-course-year.js';
import { demoId } from '../src/server/seed/demo-data.js';
import { addDays, danishInstant } from '../src/server/seed/demo-time.js';
import { seedDemo } from '../src/server/seed/seed-demo.js';
import { danishToday as danishDate } from '../src/server/time/danish-today.js';
import { ApplicationContent } from '../src/shared/contracts/applications.js';
import { ListAssessmentTasksResponse } from '../src/shared/contracts/assessments.js';
import { RoundSelectionResponse } from '../src/shared/contracts/decisions.js';
import { ListRoundsResponse } from '../src/shared/contracts/rounds.js';
import { ChangeModel, ChangeModelContent } from '../src/shared/contracts/change-model.js';
import { CourseDashboard } from '../src/shared/contracts/course-dashboard.js';
import { HolidayWeekSetting } from '../src/shared/contracts/course-schedule.js';
import { Course, CoursePlan, ListCoursesResponse } from '../src/shared/contracts/courses.js';
import { Hours, Meeting, MinutesContent } from '../src/shared/contracts/meetings.js';
import { ScheduleInput, type ScheduledMeeting } from '../src/shared/contracts/schedule.js';
import { SelfAnalysis } from '../src/shared/contracts/self-analysis.js';
import { AgreeTrialRequest, LogTrialRequest, TrialWithLogs } from '../src/shared/contracts/trials.js';
import { openDemoDatabase, SEED_DATES, startDemoApp } from './helpers/demo-app.js';
import type { Agent, TestApp } from './helpers/test-app.js';

/** Kinds of meeting that owe minutes (the theme day and the conference are the agency's). */
const owesMinutes = (m: { kind: string }) => m.kind !== 'theme_day' && m.kind !== 'conference';

describe.each(SEED_DATES)('the demo course year seeded on %s', (today) => {
  let t: TestApp;
  let coordinator: Agent;
  let hjoerring: string;
  let helsingoer: string;
  const calendar: DemoCalendar = demoCalendar(today);
  const courseStart = calendar.underWay.courseStart;

  const owner = <T>(work: (tx: DrizzleTx) => Promise<T>) => inMaintenanceTx(t.database.db, work);

  beforeAll(async () => {
    t = await startDemoApp(today);
    coordinator = await t.loginAsDemo('coordinator');
    [hjoerring, helsingoer] = await owner(async (tx) => [
      await demoCourseId(tx, '0860'),
      await demoCourseId(tx, '0217'),
    ]);
  });
  afterAll(() => t.close());

  /** The course's meetings as stored, in date order. */
  const meetingsOf = (courseId: string) =>
    owner((tx) =>
      tx
        .select()
        .from(courseMeetings)
        .where(eq(courseMeetings.courseId, courseId))
        .orderBy(asc(courseMeetings.date), asc(courseMeetings.startTime)),
    );

  // A fresh database costs a seeding: the same-date comparison runs on the first and the last date.
  const comparesFresh = today === SEED_DATES[0] || today === SEED_DATES.at(-1);
  it('is seeded once: a second run changes nothing, and a fresh database gets the same course year', async () => {
    const counts = () =>
      owner(async (tx) => ({
        meetings: (await tx.select({ n: count() }).from(courseMeetings))[0]?.n,
        trials: (await tx.select({ n: count() }).from(trials))[0]?.n,
        versions: (await tx.select({ n: count() }).from(changeModelVersions))[0]?.n,
      }));
    const before = await counts();
    expect(await seedDemo(t.database.db, today)).toBe('already_present');
    expect(await counts()).toEqual(before);

    if (!comparesFresh) return;
    const fresh = await openDemoDatabase(today);
    try {
      expect(await seedDemo(fresh.db, today)).toBe('already_present');
      const picture = async (db: typeof fresh.db) =>
        inMaintenanceTx(db, async (tx) =>
          (
            await tx
              .select()
              .from(courseMeetings)
              .where(eq(courseMeetings.courseId, await demoCourseId(tx, '0860')))
          )
            .map((m) =>
              [
                m.kind,
                m.groupKey,
                m.sequence,
                m.date,
                m.startTime,
                m.status,
                m.version,
                m.minutesStatus,
                m.minutesHtml,
              ].join('|'),
            )
            .sort(),
        );
      expect(await picture(fresh.db)).toEqual(await picture(t.database.db));
    } finally {
      await fresh.close();
    }
  }, 120_000);

  it('lays the rounds out around the seed date: open, deadline passed, under way, and the historical ones as they were', async () => {
    const admin = await t.loginAsDemo('national_admin');
    const list = ListRoundsResponse.parse((await admin.get('/api/v1/rounds?limit=100')).json());
    const byId = new Map(list.items.map((r) => [r.id, r]));
    const now = danishInstant(today, '10:00');
    const open = byId.get(demoId(calendar.open.key))!;
    expect(open).toMatchObject({ name: calendar.open.name, status: 'open' });
    expect(new Date(open.deadline) > now).toBe(true);
    const closed = byId.get(demoId(calendar.closed.key))!;
    expect(closed).toMatchObject({ name: calendar.closed.name, status: 'closed' });
    expect(new Date(closed.deadline) < now).toBe(true);
    const underWay = byId.get(demoId(calendar.underWay.key))!;
    expect(underWay.courseStart < today && underWay.courseEnd > today).toBe(true);
    expect(list.items.filter((r) => r.courseStart < '2020-01-01').map((r) => [r.name, r.deadline])).toEqual([
      ['Januar – december 2019', '2018-11-01T11:00:00.000Z'],
      ['August 2018 – juni 2019', '2018-05-01T10:00:00.000Z'],
      ['Januar – december 2018', '2017-11-03T11:00:00.000Z'],
      ['August 2017 – juni 2018', '2017-05-15T10:00:00.000Z'],
    ]);

    // The closed round waits for the assessor and the selection; the open round's applications came in before today.
    const assessor = await t.loginAsDemo('assessor');
    const tasks = ListAssessmentTasksResponse.parse((await assessor.get('/api/v1/assessments?limit=100')).json());
    const closedTasks = tasks.items.filter((x) => x.roundId === closed.id);
    expect(closedTasks).toHaveLength(7);
    expect(closedTasks.filter((x) => x.status === 'not_started')).toHaveLength(2);
    expect(closedTasks.find((x) => x.municipalityName === 'Hjørring')?.status).toBe('submitted');
    const selection = RoundSelectionResponse.parse((await admin.get(`/api/v1/rounds/${closed.id}/selection`)).json());
    expect(selection).toMatchObject({ decision: null, pendingAssessments: 2 });
    expect(selection.proposal.feasible).toBe(true);
    const received = await owner((tx) =>
      tx
        .select()
        .from(applications)
        .where(inArray(applications.roundId, [open.id, closed.id])),
    );
    expect(received).toHaveLength(10);
    for (const a of received) {
      expect(a.submittedAt! < now).toBe(true);
      expect(ApplicationContent.parse(a.content).directorSignedOn <= danishDate(a.submittedAt!)).toBe(true);
    }
  });

  it('shows Hjørring’s coordinator a course mid-way on the dashboard', async () => {
    const res = await coordinator.get(`/api/v1/courses/${hjoerring}/dashboard`);
    expect(res.statusCode, res.body).toBe(200);
    const d = CourseDashboard.parse(res.json());
    expect(d.today).toBe(today);
    const past = d.timeline.filter((m) => m.date !== null && m.date < today);
    expect(past.length).toBeGreaterThanOrEqual(5);
    expect(past.every((m) => m.status === 'held')).toBe(true);
    expect(d.meetings).toMatchObject({ held: past.length, dated: d.meetings.total, cancelled: 0 });
    expect(d.next?.date ?? '').toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(d.next!.date! >= today).toBe(true);
    expect(d.next!.status).toBe('planned');

    expect(d.openTrials.total).toBeGreaterThanOrEqual(2);
    expect(d.openTrials.items.some((x) => x.logCount > 0)).toBe(true);

    expect(d.indicators).toHaveLength(3);
    expect(d.indicators.filter((i) => i.due).map((i) => i.key)).toEqual(['sprog-opfoelgning']);
    for (const i of d.indicators.filter((x) => !x.due)) {
      // Measured in the fortnight before the seed date.
      expect(i.latest!.measuredOn >= addDays(today, -14) && i.latest!.measuredOn < today).toBe(true);
      expect(i.progressPercent).toBeGreaterThan(0);
      expect(i.progressPercent).toBeLessThan(100);
    }

    const owed = d.owed.map((o) => o.kind);
    expect(owed).not.toContain('self_analysis');
    expect(owed).not.toContain('change_model');
    expect(d.owed).toContainEqual({
      kind: 'measurement',
      indicatorKey: 'sprog-opfoelgning',
      name: expect.any(String) as string,
    });
    const minutes = d.owed.filter((o) => o.kind === 'minutes');
    expect(minutes.map((o) => o.minutesStatus).sort()).toEqual(['draft', 'none']);
    // The draft is the most recent meeting's that owes minutes.
    expect(minutes.find((o) => o.minutesStatus === 'draft')?.meetingId).toBe(past.filter(owesMinutes).at(-1)?.id);
  });

  it('has held meetings with attendance, hours, approved minutes and decisions, as the meetings module shows them', async () => {
    const held = (await meetingsOf(hjoerring)).filter((m) => m.status === 'held' && m.minutesStatus === 'approved');
    expect(held.length).toBeGreaterThanOrEqual(3);
    for (const row of held) {
      const m = Meeting.parse((await coordinator.get(`/api/v1/meetings/${row.id}`)).json());
      expect(m.minutes).toMatchObject({ status: 'approved', version: 1 });
      expect(m.minutes.approvedAt! < `${today}T12`).toBe(true);
      expect(m.minutes.html).toContain('<li>');
      expect(m.decisions.length).toBeGreaterThan(0);
      expect(m.participants.every((p) => p.attended !== null)).toBe(true);
      expect(m.totalHours).toBeGreaterThan(0);
      expect(m.location).not.toBe('');
      expect(m.agenda).not.toBe('');
    }
    const group = held.find((m) => m.kind === 'working_group' && m.groupKey === 'ag-1' && m.sequence === 2);
    const meeting = Meeting.parse((await coordinator.get(`/api/v1/meetings/${group?.id ?? ''}`)).json());
    expect(meeting.earlierTrials.some((x) => x.status === 'completed' && x.logs.length > 0)).toBe(true);
  });

  it('has the self-analysis presented about two months into the course with the figures as they were', async () => {
    const s = SelfAnalysis.parse((await coordinator.get(`/api/v1/courses/${hjoerring}/self-analysis`)).json());
    expect(s.status).toBe('presented');
    expect(s.presentedAt! > addDays(courseStart, 60) && s.presentedAt! < addDays(courseStart, 75)).toBe(true);
    expect(s.presentedBy).toBe('Jonas Kragh');
    expect(s.missing).toEqual([]);
    expect(s.prefilled.frozen).toBe(true);
    expect(s.prefilled.municipality.institutionsInCourse.value).toBe(2);
    expect(s.institutions.map((i) => i.id)).toEqual([demoId('0860-1'), demoId('0860-3')]);
  });

  it('has the change model in two versions (six weeks in, and two weeks ago) with measurements', async () => {
    const model = ChangeModel.parse((await coordinator.get(`/api/v1/courses/${hjoerring}/change-model`)).json());
    expect(model.version).toBe(2);
    const [latest, firstSaved] = model.versions.items;
    expect(model.versions.items.map((v) => v.version)).toEqual([2, 1]);
    expect(latest!.savedAt >= addDays(today, -17) && latest!.savedAt < today).toBe(true);
    expect(firstSaved!.savedAt > addDays(courseStart, 40) && firstSaved!.savedAt < addDays(courseStart, 50)).toBe(true);
    const c = model.content;
    for (const section of ['activities', 'outputs', 'shortTermOutcomes', 'longTermOutcomes', 'assumptions'] as const)
      expect(c[section].length).toBeGreaterThan(0);
    expect(c.problem).not.toBe('');
    expect(c.targetGroup).not.toBe('');
    expect(model.indicators).toHaveLength(3);
    for (const i of model.indicators) {
      expect(i.baseline).not.toBeNull();
      expect(i.target).not.toBeNull();
      // The baseline, in the course's first five weeks.
      expect(i.measurements.some((m) => m.measuredOn >= courseStart && m.measuredOn < addDays(courseStart, 35))).toBe(
        true,
      );
    }
    expect(
      model.indicators.filter((i) => i.measurements.some((m) => m.measuredOn >= addDays(today, -14))),
    ).toHaveLength(2);
    const compared = await coordinator.get(`/api/v1/courses/${hjoerring}/change-model/compare?from=1&to=2`);
    expect(compared.statusCode, compared.body).toBe(200);
  });

  it('has Helsingør’s course of the round that begins next signed, run by the demo consultant and not planned; each municipality sees its own', async () => {
    const helsingoerCoordinator = await t.loginAsDemo('coordinator', '0217');
    const course = Course.parse((await helsingoerCoordinator.get(`/api/v1/courses/${helsingoer}`)).json());
    expect(course.consultant?.name).toBe('Jonas Kragh');
    expect(course.meetings.length).toBeGreaterThan(30);
    expect(course.meetings.every((m) => m.date === null && m.status === 'planned')).toBe(true);
    const theirs = ListCoursesResponse.parse((await helsingoerCoordinator.get('/api/v1/courses')).json());
    expect(theirs.items.map((c) => c.id)).toEqual([helsingoer]);
    expect((await helsingoerCoordinator.get(`/api/v1/courses/${hjoerring}`)).statusCode).toBe(404);
    const consultant = await t.loginAsDemo('consultant');
    const mine = ListCoursesResponse.parse((await consultant.get('/api/v1/courses')).json());
    expect(mine.items.filter((c) => c.roundName === calendar.underWay.name).map((c) => c.municipalityName)).toEqual([
      'Hjørring',
    ]);
    expect(mine.items.filter((c) => c.roundName === calendar.signed.name).map((c) => c.municipalityName)).toEqual([
      'Helsingør',
    ]);
    expect(course.periodStart > today).toBe(true);
  });

  it('stores every content in the shape its module reads, with no child’s name and no audit rows', async () => {
    const stored = await owner(async (tx) => ({
      courses: await tx.select().from(courses),
      minutes: await tx.select().from(courseMeetings).where(ne(courseMeetings.minutesStatus, 'none')),
      participants: await tx.select().from(meetingParticipants).where(isNotNull(meetingParticipants.hours)),
      selfAnalyses: await tx.select().from(selfAnalyses),
      versions: await tx.select().from(changeModelVersions),
      measurements: await tx.select().from(indicatorMeasurements),
      trials: await tx.select().from(trials),
      logs: await tx.select().from(trialLogs),
      settings: await tx.select().from(roundScheduleSettings),
      applications: await tx
        .select()
        .from(applications)
        .where(eq(applications.roundId, demoId(DEMO_COURSE_YEAR_ROUND))),
      children: await tx
        .select({ first: children.firstName, last: children.lastName })
        .from(children)
        .where(eq(children.municipalityCode, '0860')),
      // Seeding writes no audit rows; this file's own reads through the API are in the access chain.
      audit: await tx
        .select({ n: count() })
        .from(auditLog)
        .where(and(inArray(auditLog.entityId, [hjoerring, helsingoer]), ne(auditLog.chain, 'access'))),
    }));
    for (const c of stored.courses) CoursePlan.parse(c.plan);
    expect(stored.minutes.length).toBeGreaterThan(0);
    for (const m of stored.minutes) {
      MinutesContent.parse({ minutesHtml: m.minutesHtml, decisions: m.decisions });
      expect(sanitizeMinutes(m.minutesHtml)).toBe(m.minutesHtml);
    }
    for (const p of stored.participants) Hours.parse(p.hours);
    expect(stored.selfAnalyses).toHaveLength(1);
    expect(parseStored(stored.selfAnalyses[0]!.content).presentedFigures?.frozen).toBe(true);
    for (const v of stored.versions) expect(contentErrors(ChangeModelContent.parse(v.content))).toEqual([]);
    expect(stored.measurements.length).toBe(5);
    for (const x of stored.trials) AgreeTrialRequest.parse({ description: x.description, responsible: x.responsible });
    for (const l of stored.logs)
      LogTrialRequest.parse({
        triedOn: l.triedOn,
        whatTried: l.whatTried,
        whatHappened: l.whatHappened,
        reflection: l.reflection,
      });
    expect(stored.settings.map((s) => s.roundId)).toEqual([demoId(DEMO_COURSE_YEAR_ROUND)]);
    z.array(HolidayWeekSetting).parse(stored.settings[0]!.holidayWeeks);
    for (const a of stored.applications) ApplicationContent.parse(a.content);

    const texts = [
      ...stored.minutes.flatMap((m) => [m.minutesHtml, ...m.decisions]),
      ...stored.trials.flatMap((x) => [x.description, x.responsible]),
      ...stored.logs.flatMap((l) => [l.whatTried, l.whatHappened, l.reflection]),
      ...stored.selfAnalyses.map((s) => JSON.stringify(s.content)),
      ...stored.versions.map((v) => JSON.stringify(v.content)),
    ].join('\n');
    const names = new Set(stored.children.map((c) => `${c.first} ${c.last}`));
    expect([...names].filter((name) => texts.includes(name))).toEqual([]);
    expect(stored.audit[0]?.n).toBe(0);
  });

  it('breaks no hard scheduling rule in any dated meeting of the demo', async () => {
    const { inputs, placements } = await owner(async (tx) => {
      const dated = await tx
        .select()
        .from(courseMeetings)
        .where(and(isNotNull(courseMeetings.date), ne(courseMeetings.status, 'cancelled')));
      const allCourses = await tx.select().from(courses);
      const settings = await tx.select().from(roundScheduleSettings);
      const roundRows = await tx.select().from(rounds);
      return scheduleChecks(dated, allCourses, settings, roundRows);
    });
    expect(inputs.length).toBeGreaterThan(0);
    inputs.forEach((input, i) => {
      const check = checkSchedule(input, placements[i]!);
      expect(check.meetings.map((v) => v.message)).toEqual([]);
      expect(check.themeDay.map((v) => v.message)).toEqual([]);
    });
  });

  it('carries on in the application: the draft minutes are approved, a trial is logged, the due measurement recorded', async () => {
    const d = CourseDashboard.parse((await coordinator.get(`/api/v1/courses/${hjoerring}/dashboard`)).json());
    const draft = d.owed.find((o) => o.kind === 'minutes' && o.minutesStatus === 'draft');
    const meeting = Meeting.parse(
      (await coordinator.get(`/api/v1/meetings/${draft?.kind === 'minutes' ? draft.meetingId : ''}`)).json(),
    );
    const approved = await coordinator.post(`/api/v1/meetings/${meeting.id}/minutes/approve`, {
      version: meeting.minutes.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const agenda = await coordinator.put(`/api/v1/meetings/${meeting.id}/agenda`, {
      version: meeting.version,
      agenda: meeting.agenda,
      location: meeting.location,
    });
    expect(agenda.statusCode, agenda.body).toBe(200);

    const staff = await t.loginAsDemo('staff');
    const open = d.openTrials.items.find((x) => x.logCount > 0);
    const logged = await staff.post(`/api/v1/trials/${open?.id ?? ''}/logs`, {
      triedOn: addDays(today, -1),
      whatTried: 'Samme bog hele ugen i to små grupper.',
      whatHappened: 'Flere børn genfortalte historien.',
      reflection: '',
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(TrialWithLogs.parse(logged.json()).logCount).toBe((open?.logCount ?? 0) + 1);

    // record-measurement.ts still compares with the wall clock's date (danishToday() without the request's
    // instant), so Date is pinned to the seed date for this one request.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(danishInstant(today, '10:00'));
    const measured = await coordinator
      .post(`/api/v1/courses/${hjoerring}/indicators/sprog-opfoelgning/measurements`, { measuredOn: today, value: 62 })
      .finally(() => vi.useRealTimers());
    expect(measured.statusCode, measured.body).toBe(201);
    const after = CourseDashboard.parse((await coordinator.get(`/api/v1/courses/${hjoerring}/dashboard`)).json());
    expect(
      after.owed.filter((o) => o.kind === 'measurement' || (o.kind === 'minutes' && o.minutesStatus === 'draft')),
    ).toEqual([]);
  });
});

type MeetingRow = typeof courseMeetings.$inferSelect;
type CourseRow = typeof courses.$inferSelect;

/**
 * The scheduler's view of the demo, one input per round with dated meetings,
 * built here on its own: the round's courses with their dated meetings, the
 * same consultants' meetings of other rounds in the period as external
 * courses, the round's holiday weeks and cap, and its theme day.
 */
function scheduleChecks(
  dated: MeetingRow[],
  allCourses: CourseRow[],
  settings: (typeof roundScheduleSettings.$inferSelect)[],
  roundRows: { id: string; courseStart: string; courseEnd: string }[],
): { inputs: ScheduleInput[]; placements: { meetings: ScheduledMeeting[]; themeDay?: string }[] } {
  const courseOf = new Map(allCourses.map((c) => [c.id, c]));
  const roundIds = [...new Set(dated.map((m) => courseOf.get(m.courseId)!.roundId))];
  const inputs: ScheduleInput[] = [];
  const placements: { meetings: ScheduledMeeting[]; themeDay?: string }[] = [];
  for (const roundId of roundIds) {
    const round = roundRows.find((r) => r.id === roundId)!;
    const setting = settings.find((s) => s.roundId === roundId);
    expect(setting, `settings of round ${roundId}`).toBeDefined();
    const inRound = (m: MeetingRow) => courseOf.get(m.courseId)!.roundId === roundId;
    const consultants = new Set(
      dated.filter(inRound).map((m) => courseOf.get(m.courseId)!.consultantId ?? `none:${m.courseId}`),
    );
    // In date order: the checker counts a course's steering meetings in the order it is given them.
    const relevant = dated
      .filter(
        (m) =>
          inRound(m) ||
          (consultants.has(courseOf.get(m.courseId)!.consultantId ?? '') &&
            m.date! >= round.courseStart &&
            m.date! <= round.courseEnd),
      )
      .sort((a, b) => a.date!.localeCompare(b.date!) || a.startTime!.localeCompare(b.startTime!));
    const themeDays = [...new Set(relevant.filter((m) => inRound(m) && m.kind === 'theme_day').map((m) => m.date!))];
    expect(themeDays.length).toBeLessThanOrEqual(1);
    const byCourse = new Map<string, MeetingRow[]>();
    for (const m of relevant.filter((x) => x.kind !== 'theme_day' || !inRound(x)))
      byCourse.set(m.courseId, [...(byCourse.get(m.courseId) ?? []), m]);
    inputs.push(
      ScheduleInput.parse({
        period: { start: round.courseStart, end: round.courseEnd },
        holidayWeeks: setting?.holidayWeeks ?? [],
        maxMeetingsPerConsultantPerDay: setting?.maxMeetingsPerConsultantPerDay ?? 2,
        consultants: [...consultants].map((id) => ({ id })),
        courses: [...byCourse].map(([courseId, meetings]) => {
          const external = courseOf.get(courseId)!.roundId !== roundId;
          return {
            id: courseId,
            consultant: courseOf.get(courseId)!.consultantId ?? `none:${courseId}`,
            external,
            meetings: meetings.map((m) => ({
              id: m.id,
              kind: external || m.kind === 'theme_day' ? 'extra' : m.kind,
              ...(!external && m.kind === 'working_group' && m.groupKey ? { group: m.groupKey } : {}),
              fixed: { date: m.date!, start: m.startTime!, end: m.endTime! },
            })),
          };
        }),
        themeDay: themeDays.length === 1,
        ...(themeDays[0] ? { themeDayDate: themeDays[0] } : {}),
      }),
    );
    placements.push({
      meetings: [...byCourse].flatMap(([courseId, meetings]) =>
        meetings.map((m) => ({ course: courseId, id: m.id, date: m.date!, start: m.startTime!, end: m.endTime! })),
      ),
      ...(themeDays[0] ? { themeDay: themeDays[0] } : {}),
    });
  }
  return { inputs, placements };
}
