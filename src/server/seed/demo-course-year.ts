import { eq } from 'drizzle-orm';
import type { DrizzleTx } from '../db/client.js';
import { courses } from '../db/schema.js';
import * as coursesRepo from '../modules/courses/repository.js';
import { SIGNED_ROUND, UNDER_WAY_ROUND, type DemoCalendar } from './demo-calendar.js';
import { insertDemoChangeModel } from './demo-change-model.js';
import { scheduleDemoCourse } from './demo-course-schedule.js';
import { demoId } from './demo-data.js';
import { holdDemoMeetings, type DemoPeople } from './demo-meetings.js';
import { insertDemoSelfAnalysis } from './demo-self-analysis.js';
import { insertDemoTrials } from './demo-trials.js';

/** The round whose courses are under way on the seed date (demo-calendar.ts). */
export const DEMO_COURSE_YEAR_ROUND = UNDER_WAY_ROUND;

/**
 * The current course of a demo municipality, its application's course:
 * Hjørring's in the round under way, Helsingør's newly signed one in the
 * round that begins next.
 */
export async function demoCourseId(tx: DrizzleTx, municipalityCode: '0860' | '0217'): Promise<string> {
  const round = municipalityCode === '0860' ? DEMO_COURSE_YEAR_ROUND : SIGNED_ROUND;
  const applicationId = demoId(`application/${round}/${municipalityCode}`);
  const [row] = await tx.select({ id: courses.id }).from(courses).where(eq(courses.applicationId, applicationId));
  if (!row) throw new Error(`Demodata: forløbet for ${municipalityCode} i ${round} mangler`);
  return row.id;
}

const user = (email: string) => demoId(`user/${email}`);

const HJOERRING: DemoPeople = {
  consultant: user('konsulent@socialstyrelsen.example'),
  coordinator: user('koordinator.hjoerring@kommune.example'),
  chief: user('dagtilbudschef.hjoerring@kommune.example'),
  leader: user('leder.hjoerring@kommune.example'),
  staff: user('paedagog.hjoerring@kommune.example'),
};

/**
 * A course year in progress on the seed date (`calendar.today`): Hjørring's
 * course of the round under way is mid-way – every meeting dated by the
 * scheduler, those before today held with attendance, hours, minutes and
 * decisions (the latest minutes a draft, one sparring meeting without
 * minutes), trials agreed at the working groups and logged by the staff
 * member and the leader, the self-analysis presented about two months into
 * the course, the change model in two versions (the second from two weeks
 * ago) with measurements (one indicator due). Helsingør's course of the round
 * that begins next is newly signed and has no dates yet: the consultant plans it.
 *
 * Rows are written as the application writes them – through the modules'
 * repositories where a write bumps versions or shapes stored content, as the
 * same plain inserts elsewhere – with timestamps from the demo's history.
 * Like the rest of the demo, nothing here is audited.
 */
export async function insertDemoCourseYear(tx: DrizzleTx, calendar: DemoCalendar): Promise<void> {
  const course = await coursesRepo.findCourse(tx, await demoCourseId(tx, '0860'), { kind: 'all' });
  if (!course) throw new Error('Demodata: Hjørrings forløb mangler');
  const meetings = await scheduleDemoCourse(tx, course);
  const held = await holdDemoMeetings(tx, course, meetings, HJOERRING, calendar.today);
  await insertDemoTrials(tx, course, held, HJOERRING, calendar.today);
  await insertDemoSelfAnalysis(tx, course, HJOERRING);
  await insertDemoChangeModel(tx, course, HJOERRING, calendar.today);
}
