import { eq, inArray, sql } from 'drizzle-orm';
import type { RecordKind } from '../../shared/contracts/access.js';
import type { Queryable } from '../db/client.js';
import { meetingParticipants } from '../db/schema-course-work.js';
import { applications, courseMeetings, courses, roundAssessors } from '../db/schema.js';
import type { ApplicationFacts } from './applications.js';
import type { MeetingFacts } from './meetings.js';

/**
 * The facts the rules read of a record (rules.ts), loaded for many records in
 * one query per kind: the batch answer (which.ts), the readers panel
 * (readers.ts) and test/access-agreement.test.ts ask the rules with them.
 * A self-analysis and a change model are their course's (named by its id).
 */
export type CourseRecordFacts = MeetingFacts['course'];

export interface FactsOfKind {
  course: CourseRecordFacts;
  self_analysis: CourseRecordFacts;
  change_model: CourseRecordFacts;
  meeting: MeetingFacts;
  application: ApplicationFacts;
}

/** The municipality a record belongs to (the audit row's, and where its municipal readers are). */
export function municipalityOf<K extends RecordKind>(kind: K, facts: FactsOfKind[K]): string {
  return 'course' in facts ? facts.course.municipalityCode : facts.municipalityCode;
}

/**
 * A column of the outer query, qualified: in a select of one table Drizzle
 * writes a column's bare name, which inside a subquery would name the
 * subquery's own column of that name.
 */
const column = (table: string, name: string) => sql`${sql.identifier(table)}.${sql.identifier(name)}`;

const asTextArray = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

async function courseFacts(q: Queryable, ids: readonly string[]): Promise<Map<string, CourseRecordFacts>> {
  const rows = await q
    .select({
      id: courses.id,
      municipalityCode: courses.municipalityCode,
      consultantId: courses.consultantId,
      plan: courses.plan,
    })
    .from(courses)
    .where(inArray(courses.id, [...ids]));
  return new Map(
    rows.map((r) => [
      r.id,
      { municipalityCode: r.municipalityCode, consultantId: r.consultantId, workingGroups: r.plan.workingGroups },
    ]),
  );
}

async function meetingFacts(q: Queryable, ids: readonly string[]): Promise<Map<string, MeetingFacts>> {
  const rows = await q
    .select({
      id: courseMeetings.id,
      kind: courseMeetings.kind,
      groupKey: courseMeetings.groupKey,
      municipalityCode: courses.municipalityCode,
      consultantId: courses.consultantId,
      plan: courses.plan,
      invited: sql<string[]>`ARRAY(SELECT p.user_id::text FROM ${meetingParticipants} p
        WHERE p.meeting_id = ${column('course_meetings', 'id')} AND p.user_id IS NOT NULL)`,
    })
    .from(courseMeetings)
    .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
    .where(inArray(courseMeetings.id, [...ids]));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        kind: r.kind,
        groupKey: r.groupKey,
        course: {
          municipalityCode: r.municipalityCode,
          consultantId: r.consultantId,
          workingGroups: r.plan.workingGroups,
        },
        invitedUserIds: asTextArray(r.invited),
      },
    ]),
  );
}

async function applicationFacts(q: Queryable, ids: readonly string[]): Promise<Map<string, ApplicationFacts>> {
  const rows = await q
    .select({
      id: applications.id,
      municipalityCode: applications.municipalityCode,
      status: applications.status,
      assessors: sql<string[]>`ARRAY(SELECT ra.user_id::text FROM ${roundAssessors} ra
        WHERE ra.round_id = ${column('applications', 'round_id')})`,
    })
    .from(applications)
    .where(inArray(applications.id, [...ids]));
  return new Map(
    rows.map((r) => [
      r.id,
      { municipalityCode: r.municipalityCode, status: r.status, assessorIds: asTextArray(r.assessors) },
    ]),
  );
}

/** The facts of the records of one kind that exist among `ids` (one query; none for an empty list). */
export async function loadFacts<K extends RecordKind>(
  q: Queryable,
  kind: K,
  ids: readonly string[],
): Promise<Map<string, FactsOfKind[K]>> {
  if (ids.length === 0) return new Map();
  switch (kind) {
    case 'course':
    case 'self_analysis':
    case 'change_model':
      return (await courseFacts(q, ids)) as Map<string, FactsOfKind[K]>;
    case 'meeting':
      return (await meetingFacts(q, ids)) as Map<string, FactsOfKind[K]>;
    case 'application':
      return (await applicationFacts(q, ids)) as Map<string, FactsOfKind[K]>;
  }
  throw new Error(`unknown record kind ${String(kind)}`);
}
