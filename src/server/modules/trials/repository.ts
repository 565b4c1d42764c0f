import { and, asc, count, desc, eq, inArray, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TrialStatus } from '../../../shared/contracts/trials.js';
import type { Queryable } from '../../db/client.js';
import { trialLogs, trials } from '../../db/schema-course-work.js';
import { courseMeetings, courses, municipalities, rounds, users } from '../../db/schema.js';
import { courseCondition, type CourseFilter } from '../../access/index.js';
import { courseColumns } from '../courses/index.js';

/** How many trials a meeting's page shows: those agreed there, and those of the group's earlier meetings. */
export const TRIALS_SHOWN = 50;

const STATUS_ORDER = sql`CASE ${trials.status} WHEN 'open' THEN 0 WHEN 'completed' THEN 1 ELSE 2 END`;

function selectTrials(q: Queryable) {
  return q
    .select({
      id: trials.id,
      courseId: trials.courseId,
      meetingId: trials.meetingId,
      meetingTitle: courseMeetings.title,
      meetingDate: courseMeetings.date,
      meetingSequence: courseMeetings.sequence,
      groupKey: trials.groupKey,
      description: trials.description,
      responsible: trials.responsible,
      status: trials.status,
      createdBy: trials.createdBy,
      createdByName: users.name,
      createdAt: trials.createdAt,
      version: trials.version,
      logCount: sql<number>`(SELECT count(*)::int FROM ${trialLogs} WHERE ${trialLogs.trialId} = ${trials.id})`,
      latestLogOn: sql<
        string | null
      >`(SELECT max(${trialLogs.triedOn})::text FROM ${trialLogs} WHERE ${trialLogs.trialId} = ${trials.id})`,
    })
    .from(trials)
    .innerJoin(courseMeetings, eq(courseMeetings.id, trials.meetingId))
    .innerJoin(users, eq(users.id, trials.createdBy))
    .$dynamic();
}
export type TrialRow = Awaited<ReturnType<typeof selectTrials>>[number];

/** A trial the caller may see (its course is visible to them, and `readable` from access/meetings.ts); null otherwise. */
export async function findTrial(
  q: Queryable,
  id: string,
  filter: CourseFilter,
  readable?: SQL,
): Promise<TrialRow | null> {
  const [row] = await selectTrials(q)
    .innerJoin(courses, eq(courses.id, trials.courseId))
    .where(and(eq(trials.id, id), courseCondition(filter), readable));
  return row ?? null;
}

/** One page of a course's trials: open first, then completed, then dropped; newest first within each. */
export async function listTrials(
  q: Queryable,
  courseId: string,
  options: { status: TrialStatus | undefined; page: number; pageSize: number; readable?: SQL | undefined },
): Promise<{ rows: TrialRow[]; total: number }> {
  const where = and(
    eq(trials.courseId, courseId),
    options.status ? eq(trials.status, options.status) : undefined,
    options.readable,
  );
  const rows = await selectTrials(q)
    .where(where)
    .orderBy(STATUS_ORDER, desc(trials.createdAt), asc(trials.id))
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);
  const totals = await q.select({ n: count() }).from(trials).where(where);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** The trials agreed at one meeting, in the order they were agreed. */
export function trialsOfMeeting(q: Queryable, meetingId: string): Promise<TrialRow[]> {
  return selectTrials(q)
    .where(eq(trials.meetingId, meetingId))
    .orderBy(asc(trials.createdAt), asc(trials.id))
    .limit(TRIALS_SHOWN);
}

/** Which earlier trials a working group's meeting shows (see earlierGroupTrials). */
export interface EarlierTrials {
  /** The meeting whose page shows them: on anything but a working group's meeting there are none. */
  meetingId: string;
  readable?: SQL | undefined;
}

/**
 * The trials of the same course and working group agreed at an earlier
 * working-group meeting than this one. This meeting is read in subqueries
 * (its course, group, date and place in the plan), so the trials travel in
 * the same round trip as the meeting itself.
 */
function earlierWhere({ meetingId, readable }: EarlierTrials): SQL | undefined {
  const m = courseMeetings;
  const when = sql`(COALESCE(${m.date}, 'infinity'::date), ${m.sequence})`;
  // Inside the subqueries `course_meetings` is the meeting read, not the trial's meeting of the outer query.
  const here = (columns: SQL) =>
    sql`(SELECT ${columns} FROM ${m} WHERE ${m.id} = ${meetingId} AND ${m.kind} = 'working_group')`;
  return and(
    eq(trials.courseId, here(sql`${m.courseId}`)),
    eq(trials.groupKey, here(sql`${m.groupKey}`)),
    eq(m.kind, 'working_group'),
    sql`${when} < ${here(sql`COALESCE(${m.date}, 'infinity'::date), ${m.sequence}`)}`,
    readable,
  );
}

const EARLIER_ORDER = [
  sql`COALESCE(${courseMeetings.date}, 'infinity'::date) DESC`,
  desc(courseMeetings.sequence),
  STATUS_ORDER,
  asc(trials.createdAt),
];

/**
 * The trials agreed at a working group's earlier meetings – earlier in time
 * (a meeting moved before another counts by its date; undated ones come last,
 * by their order in the plan) – the latest meeting's first: what the group
 * comes back to.
 */
export function earlierGroupTrials(q: Queryable, earlier: EarlierTrials): Promise<TrialRow[]> {
  return selectTrials(q)
    .where(earlierWhere(earlier))
    .orderBy(...EARLIER_ORDER)
    .limit(TRIALS_SHOWN);
}

/** The ids of the same trials as a subquery, so their logs are read in the same round trip as they are. */
export function earlierGroupTrialIds(q: Queryable, earlier: EarlierTrials) {
  return q
    .select({ id: trials.id })
    .from(trials)
    .innerJoin(courseMeetings, eq(courseMeetings.id, trials.meetingId))
    .where(earlierWhere(earlier))
    .orderBy(...EARLIER_ORDER)
    .limit(TRIALS_SHOWN);
}

/**
 * The newest logs of each of these trials (at most `perTrial` each), newest
 * first, with the author's name. The trials by id, or by a subquery of their ids.
 */
export async function latestLogs(q: Queryable, trialIds: string[] | SQLWrapper, perTrial: number) {
  if (Array.isArray(trialIds) && trialIds.length === 0) return [];
  const ranked = q
    .select({
      id: trialLogs.id,
      trialId: trialLogs.trialId,
      triedOn: trialLogs.triedOn,
      whatTried: trialLogs.whatTried,
      whatHappened: trialLogs.whatHappened,
      reflection: trialLogs.reflection,
      authorName: sql<string>`${users.name}`.as('author_name'),
      createdAt: trialLogs.createdAt,
      rank: sql<number>`row_number() OVER (PARTITION BY ${trialLogs.trialId} ORDER BY ${trialLogs.triedOn} DESC, ${trialLogs.createdAt} DESC)`.as(
        'rank',
      ),
    })
    .from(trialLogs)
    .innerJoin(users, eq(users.id, trialLogs.authorId))
    .where(inArray(trialLogs.trialId, trialIds))
    .as('ranked');
  return q.select().from(ranked).where(lte(ranked.rank, perTrial)).orderBy(asc(ranked.trialId), asc(ranked.rank));
}
export type TrialLogRow = Awaited<ReturnType<typeof latestLogs>>[number];

export async function insertTrial(
  q: Queryable,
  values: {
    courseId: string;
    meetingId: string;
    groupKey: string | null;
    description: string;
    responsible: string;
    createdBy: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await q
    .insert(trials)
    .values({ ...values, updatedAt: values.createdAt })
    .returning({ id: trials.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export async function updateTrial(
  q: Queryable,
  id: string,
  fromVersion: number,
  changes: Partial<{ description: string; responsible: string; status: TrialStatus }>,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(trials)
    .set({ ...changes, updatedAt: now, version: sql`${trials.version} + 1` })
    .where(and(eq(trials.id, id), eq(trials.version, fromVersion)))
    .returning({ id: trials.id });
  return rows.length === 1;
}

export async function insertLog(
  q: Queryable,
  values: {
    trialId: string;
    authorId: string;
    triedOn: string;
    whatTried: string;
    whatHappened: string;
    reflection: string;
    createdAt: Date;
  },
): Promise<string> {
  const [row] = await q.insert(trialLogs).values(values).returning({ id: trialLogs.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/**
 * The meeting `where` picks (its id and the access module's meetingCondition) with its
 * course, in one query; null when there is none for them. Trials are agreed at it.
 */
export async function findMeetingWithCourse(q: Queryable, where: SQL | undefined) {
  const [row] = await q
    .select({ meeting: courseMeetings, course: courseColumns })
    .from(courseMeetings)
    .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .leftJoin(users, eq(users.id, courses.consultantId))
    .where(where);
  return row ?? null;
}
