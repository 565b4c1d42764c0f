import { and, asc, count, eq, gt, isNull, lt, lte, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { changeModelVersions, indicatorMeasurements, selfAnalyses, trials } from '../../db/schema-course-work.js';
import {
  agreements,
  applications,
  assessments,
  courseMeetings,
  courses,
  municipalities,
  outbox,
  roundDecisions,
  rounds,
} from '../../db/schema.js';
import {
  applicationCondition,
  courseCondition,
  type ApplicationFilter,
  type CourseFilter,
} from '../../access/index.js';
import { trialLogDue } from './due-rules.js';

/**
 * The reads behind "Mine opgaver" (read-my-tasks.ts): each carries the
 * caller's scope (access module) and walks an index from it – the
 * municipality's or consultant's courses (courses_*_idx) and their meetings
 * (course_meetings_course_idx), the assessor's rounds (round_assessors_user_idx),
 * the outbox by status (outbox_status_idx). A use case starts them together
 * (ADR 26).
 */

/** The agency's own meetings (theme day, conference): nobody in the course owes their minutes. */
const AGENCY_MEETINGS: ('theme_day' | 'conference')[] = ['theme_day', 'conference'];

/** Open rounds (deadline ahead) with the caller's municipality's application in each, if any. */
export function openRoundsWithApplication(q: Queryable, filter: ApplicationFilter, now: Date) {
  return q
    .select({
      roundId: rounds.id,
      roundName: rounds.name,
      deadline: rounds.deadline,
      applicationId: applications.id,
      status: applications.status,
    })
    .from(rounds)
    .leftJoin(applications, and(eq(applications.roundId, rounds.id), applicationCondition(filter)))
    .where(gt(rounds.deadline, now))
    .orderBy(asc(rounds.deadline), asc(rounds.id));
}

/** Agreements sent to the caller's municipality and not yet signed. */
export function agreementsToSign(q: Queryable, filter: ApplicationFilter) {
  return q
    .select({ applicationId: applications.id, roundName: rounds.name, sentAt: agreements.sentAt })
    .from(agreements)
    .innerJoin(applications, eq(applications.id, agreements.applicationId))
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(and(eq(agreements.status, 'sent'), applicationCondition(filter)))
    .orderBy(asc(agreements.sentAt));
}

/** "The meeting took place": held, or still planned on a day that has passed. */
function tookPlace(today: string): SQL {
  return or(
    eq(courseMeetings.status, 'held'),
    and(eq(courseMeetings.status, 'planned'), lt(courseMeetings.date, today)),
  )!;
}

const meetingColumns = {
  id: courseMeetings.id,
  courseId: courseMeetings.courseId,
  title: courseMeetings.title,
  date: courseMeetings.date,
  startTime: courseMeetings.startTime,
  municipalityName: municipalities.name,
};

function meetingsOfCourses(q: Queryable, filter: CourseFilter, where: SQL | undefined) {
  return q
    .select(meetingColumns)
    .from(courseMeetings)
    .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .where(and(courseCondition(filter), notInArray(courseMeetings.kind, AGENCY_MEETINGS), where))
    .orderBy(asc(courseMeetings.date), asc(courseMeetings.startTime), asc(courseMeetings.id));
}

/** Meetings that took place whose minutes are written but not approved. */
export function minutesToApprove(q: Queryable, filter: CourseFilter, today: string) {
  return meetingsOfCourses(q, filter, and(eq(courseMeetings.minutesStatus, 'draft'), tookPlace(today)));
}

/** Meetings that took place with no minutes at all. */
export function minutesOwed(q: Queryable, filter: CourseFilter, today: string) {
  return meetingsOfCourses(q, filter, and(eq(courseMeetings.minutesStatus, 'none'), tookPlace(today)));
}

/** Planned meetings from today to the end of the week. */
export function meetingsBetween(q: Queryable, filter: CourseFilter, from: string, to: string) {
  return meetingsOfCourses(
    q,
    filter,
    and(eq(courseMeetings.status, 'planned'), sql`${courseMeetings.date} BETWEEN ${from} AND ${to}`),
  );
}

/** Per course that has not ended: how many of its planned meetings have no date yet. */
export function undatedMeetingsPerCourse(q: Queryable, filter: CourseFilter, today: string) {
  return q
    .select({
      courseId: courses.id,
      roundName: rounds.name,
      municipalityName: municipalities.name,
      undated: count(courseMeetings.id),
    })
    .from(courseMeetings)
    .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .where(
      and(
        courseCondition(filter),
        gt(rounds.courseEnd, today),
        isNull(courseMeetings.date),
        eq(courseMeetings.status, 'planned'),
        notInArray(courseMeetings.kind, AGENCY_MEETINGS),
      ),
    )
    .groupBy(courses.id, rounds.id, municipalities.code)
    .orderBy(asc(rounds.courseStart), asc(municipalities.name));
}

/**
 * The courses running today with what they owe: the self-analysis's status
 * and the current change model's content with the latest measurement day of
 * each indicator – one row per course.
 */
export async function runningCourses(q: Queryable, filter: CourseFilter, today: string) {
  const v = changeModelVersions;
  const m = indicatorMeasurements;
  const rows = await q
    .select({
      courseId: courses.id,
      roundName: rounds.name,
      municipalityCode: courses.municipalityCode,
      municipalityName: municipalities.name,
      selfAnalysisStatus: selfAnalyses.status,
      model: sql<unknown>`(SELECT ${v.content} FROM ${v} WHERE ${v.courseId} = ${courses.id} ORDER BY ${v.version} DESC LIMIT 1)`,
      measured: sql<Record<string, string> | string>`(SELECT coalesce(json_object_agg(x.k, x.d), '{}'::json) FROM
          (SELECT ${m.indicatorKey} AS k, max(${m.measuredOn}) AS d FROM ${m} WHERE ${m.courseId} = ${courses.id} GROUP BY ${m.indicatorKey}) x)`,
    })
    .from(courses)
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .leftJoin(selfAnalyses, eq(selfAnalyses.courseId, courses.id))
    .where(and(courseCondition(filter), lte(rounds.courseStart, today), gt(rounds.courseEnd, today)))
    .orderBy(asc(rounds.courseStart), asc(municipalities.name));
  return rows.map((r) => ({
    ...r,
    model: typeof r.model === 'string' ? (JSON.parse(r.model) as unknown) : r.model,
    measured: typeof r.measured === 'string' ? (JSON.parse(r.measured) as Record<string, string>) : r.measured,
  }));
}

/**
 * The submitted applications of the assessor's rounds (applicationCondition)
 * they have not yet scored – no submitted assessment, no declared conflict –
 * while the round's decision is not published.
 */
export function applicationsToScore(q: Queryable, filter: ApplicationFilter, assessorId: string) {
  return q
    .select({
      applicationId: applications.id,
      municipalityName: municipalities.name,
      roundName: rounds.name,
      courseStart: rounds.courseStart,
    })
    .from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .innerJoin(municipalities, eq(municipalities.code, applications.municipalityCode))
    .leftJoin(assessments, and(eq(assessments.applicationId, applications.id), eq(assessments.assessorId, assessorId)))
    .leftJoin(roundDecisions, eq(roundDecisions.roundId, rounds.id))
    .where(
      and(
        applicationCondition(filter),
        eq(applications.status, 'submitted'),
        or(isNull(assessments.id), and(eq(assessments.status, 'draft'), ne(assessments.conflict, 'conflict'))),
        isNull(roundDecisions.publishedAt),
      ),
    )
    .orderBy(asc(rounds.courseStart), asc(municipalities.name));
}

/** Rounds whose deadline has passed, with submitted applications and no published decision. */
export function roundsToDecide(q: Queryable, now: Date) {
  return q
    .select({
      roundId: rounds.id,
      roundName: rounds.name,
      deadline: rounds.deadline,
      submitted: count(applications.id),
    })
    .from(rounds)
    .innerJoin(applications, and(eq(applications.roundId, rounds.id), eq(applications.status, 'submitted')))
    .leftJoin(roundDecisions, eq(roundDecisions.roundId, rounds.id))
    .where(and(lte(rounds.deadline, now), isNull(roundDecisions.publishedAt)))
    .groupBy(rounds.id)
    .orderBy(asc(rounds.deadline));
}

/** Mail that failed for good, and mail still waiting that was queued before `waitingSince`. */
export async function undeliveredMail(q: Queryable, waitingSince: Date) {
  const rows = await q
    .select({ status: outbox.status, n: count() })
    .from(outbox)
    .where(or(eq(outbox.status, 'failed'), and(eq(outbox.status, 'queued'), lt(outbox.createdAt, waitingSince))))
    .groupBy(outbox.status);
  return {
    failed: rows.find((r) => r.status === 'failed')?.n ?? 0,
    waiting: rows.find((r) => r.status === 'queued')?.n ?? 0,
  };
}

/**
 * Open trials the caller works on (`readable`, access/meetings.ts readableTrials,
 * within their courses) that are due to be logged today (due-rules.ts trialLogDue).
 */
export function trialsToLog(q: Queryable, filter: CourseFilter, readable: SQL | undefined, today: string) {
  return q
    .select({
      trialId: trials.id,
      courseId: trials.courseId,
      description: trials.description,
      meetingTitle: courseMeetings.title,
    })
    .from(trials)
    .innerJoin(courses, eq(courses.id, trials.courseId))
    .innerJoin(courseMeetings, eq(courseMeetings.id, trials.meetingId))
    .where(and(courseCondition(filter), trialLogDue(today), readable))
    .orderBy(asc(trials.createdAt), asc(trials.id));
}
