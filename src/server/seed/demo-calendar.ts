import { addDays, danishInstant, workdayFrom, workdayUntil } from './demo-time.js';

/**
 * The current demo laid out around the day it is seeded. The programme's
 * courses start on 1 August (August – June) or 1 January (January –
 * December); deadlines are at noon, Danish time, on a workday.
 *
 * - `underWay`: the round whose courses are half-way: the latest course year
 *   that began at least COURSE_YEAR_DONE_DAYS before today (Hjørring's
 *   course mid-way).
 * - `signed`: the round whose course year begins next: decided, published and
 *   its agreements signed (Helsingør's a week ago, so its course is not
 *   planned yet) – the whole year still lies ahead of it.
 * - `closed`: the round whose deadline passed two weeks ago; its submitted
 *   applications wait for assessment and selection.
 * - `open`: the round open for applications, its deadline three weeks ahead.
 *
 * The keys keep the names the rounds had when the demo stood still on
 * 23 November 2026, so the demo's ids are the same whatever the seed date.
 */
export interface DemoRound {
  key: string;
  name: string;
  courseStart: string;
  courseEnd: string;
  deadline: Date;
}

export interface DemoCalendar {
  today: string;
  underWay: DemoRound;
  signed: DemoRound;
  closed: DemoRound;
  open: DemoRound;
}

export const UNDER_WAY_ROUND = 'round-2026-08';
export const OPEN_ROUND = 'round-2027-08';
export const CLOSED_ROUND = 'round-closed';
export const SIGNED_ROUND = 'round-signed';

/** How long the course year under way has run at least: everything the demo shows of it has happened by then. */
export const COURSE_YEAR_DONE_DAYS = 112;
/** The closed round's deadline passed this many days before today (then the workday before). */
export const CLOSED_DEADLINE_DAYS_AGO = 14;
/** The open round's deadline is this many days ahead (then the next workday). */
export const OPEN_DEADLINE_DAYS_AHEAD = 21;
/** A round's courses start at least this long after its deadline: assessment, selection and agreements come first. */
const DEADLINE_TO_START_DAYS = 70;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function demoCalendar(today: string): DemoCalendar {
  if (
    !ISO_DATE.test(today) ||
    Number.isNaN(Date.parse(`${today}T00:00:00Z`)) ||
    new Date(`${today}T00:00:00Z`).toISOString().slice(0, 10) !== today
  ) {
    throw new Error(`Demodata: "${today}" er ikke en dato (ÅÅÅÅ-MM-DD)`);
  }
  const underWayStart = courseStartsUntil(addDays(today, -COURSE_YEAR_DONE_DAYS));
  const signedStart = courseStartFrom(addDays(today, 1));
  // Decided six weeks after the deadline and signed three weeks later: all before today.
  const signedDeadline = workdayUntil(
    minDate(applicationsDueFor(signedStart), addDays(today, -DEADLINE_TO_START_DAYS)),
  );
  const closedDeadline = workdayUntil(addDays(today, -CLOSED_DEADLINE_DAYS_AGO));
  const closedStart = courseStartFrom(
    maxDate(addDays(closedDeadline, DEADLINE_TO_START_DAYS), addDays(signedStart, 1)),
  );
  const openDeadline = workdayFrom(addDays(today, OPEN_DEADLINE_DAYS_AHEAD));
  const openStart = courseStartFrom(maxDate(addDays(openDeadline, DEADLINE_TO_START_DAYS), addDays(closedStart, 1)));
  return {
    today,
    underWay: round(UNDER_WAY_ROUND, underWayStart, workdayFrom(applicationsDueFor(underWayStart))),
    signed: round(SIGNED_ROUND, signedStart, signedDeadline),
    closed: round(CLOSED_ROUND, closedStart, closedDeadline),
    open: round(OPEN_ROUND, openStart, openDeadline),
  };
}

function round(key: string, courseStart: string, deadlineDay: string): DemoRound {
  const year = Number(courseStart.slice(0, 4));
  const august = courseStart.slice(5) === '08-01';
  return {
    key,
    name: august ? `August ${year} – juni ${year + 1}` : `Januar – december ${year}`,
    courseStart,
    courseEnd: august ? `${year + 1}-06-30` : `${year}-12-31`,
    deadline: danishInstant(deadlineDay, '12:00'),
  };
}

/** The latest course start (1 January or 1 August) on or before `date`. */
function courseStartsUntil(date: string): string {
  const year = Number(date.slice(0, 4));
  return date >= `${year}-08-01` ? `${year}-08-01` : `${year}-01-01`;
}

/** The first course start (1 January or 1 August) on or after `date`. */
function courseStartFrom(date: string): string {
  const year = Number(date.slice(0, 4));
  if (date.slice(5) === '01-01') return date;
  return date <= `${year}-08-01` ? `${year}-08-01` : `${year + 1}-01-01`;
}

/** The course year's application deadline, five months before it starts: 1 March for August, 1 August for January. */
function applicationsDueFor(courseStart: string): string {
  const year = Number(courseStart.slice(0, 4));
  return courseStart.slice(5) === '08-01' ? `${year}-03-01` : `${year - 1}-08-01`;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);
