import { and, or, sql, type SQL } from 'drizzle-orm';
import { meetingParticipants, trials } from '../db/schema-course-work.js';
import { courseMeetings, courses } from '../db/schema.js';
import type { Actor } from '../core/actor.js';
import { courseCondition, courseFilter, readsCourse, type CourseFacts } from './courses.js';
import { byAssignment, byInvitation, type Grant } from './grants.js';

/**
 * Which meetings and trials of a course the actor reads (ADR 10, "Who reads a
 * course"; ADR 21). Whoever reads the course – the admin, the course's
 * consultant, the coordinator and the head of daycare – reads all of them. A
 * daycare leader or staff member reads the working groups of their own
 * institutions, the meetings they are invited to and – when their institution
 * takes part in the course – the course-wide trials. Working-group minutes and
 * trial logs describe children; another institution's are not theirs to read.
 *
 * Anyone invited to a meeting reads that meeting – also a person whose role
 * sees no course, such as a partner from the health visiting service: a
 * *guest*, who reads the agenda, the decisions, the trials agreed there and
 * the minutes once approved, and nothing else of the course.
 */
export type WorkReach = { kind: 'all' } | { kind: 'own'; userId: string; institutionIds: string[] };

export function workReach(actor: Actor): WorkReach {
  switch (actor.role) {
    case 'daycare_leader':
    case 'staff':
      return { kind: 'own', userId: actor.userId, institutionIds: actor.institutionIds };
    case 'national_admin':
    case 'consultant':
    case 'coordinator':
    case 'daycare_chief':
      return { kind: 'all' };
    case 'assessor':
    case 'partner':
    case 'evaluator':
      // They see no course; they read the meetings they are invited to, as guests.
      return { kind: 'own', userId: actor.userId, institutionIds: [] };
  }
}

/** What the meeting rule reads of a meeting. */
export interface MeetingFacts {
  id: string;
  kind: string;
  groupKey: string | null;
  course: CourseFacts & { workingGroups: readonly { key: string; institutionIds: readonly string[] }[] };
  /** The users on the meeting's participant list. */
  invitedUserIds: readonly string[];
}

function ownGroupOf(actor: Actor, m: MeetingFacts): boolean {
  if (m.kind !== 'working_group' || m.groupKey === null) return false;
  const own = new Set(actor.institutionIds);
  return m.course.workingGroups.some((g) => g.key === m.groupKey && g.institutionIds.some((id) => own.has(id)));
}

/** Reading one meeting, with the reason: through the course, the working group, or the invitation. */
export function readsMeeting(actor: Actor, m: MeetingFacts): Grant | null {
  const course = readsCourse(actor, m.course);
  if (course) {
    if (workReach(actor).kind === 'all') return course;
    if (ownGroupOf(actor, m)) return byAssignment('working_group');
  }
  return m.invitedUserIds.includes(actor.userId) ? byInvitation(m.id) : null;
}

/** A guest of the meeting: reads it by invitation only, not the course (minutes once approved, its own trials, no logs). */
export function isGuest(actor: Actor, course: CourseFacts): boolean {
  return readsCourse(actor, course) === null;
}

/** `true` when a working group of the course (by key, or any when null) contains one of the institutions. */
function inOwnGroup(courseId: SQL, groupKey: SQL | null, institutionIds: string[]): SQL {
  if (institutionIds.length === 0) return sql`false`;
  const ids = sql`ARRAY[${sql.join(
    institutionIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;
  const keyMatches = groupKey ? sql`AND wg ->> 'key' = ${groupKey}` : sql``;
  return sql`EXISTS (SELECT 1 FROM ${courses} reach_course CROSS JOIN LATERAL jsonb_array_elements(reach_course.plan -> 'workingGroups') wg
    WHERE reach_course.id = ${courseId} ${keyMatches} AND (wg -> 'institutionIds') ?| ${ids})`;
}

function invitedTo(meetingId: SQL, userId: string): SQL {
  return sql`EXISTS (SELECT 1 FROM ${meetingParticipants} reach_p WHERE reach_p.meeting_id = ${meetingId} AND reach_p.user_id = ${userId})`;
}

/** Of a course the actor reads, the meetings the reach reads, as a condition on `course_meetings` (undefined = no narrowing). */
export function readableMeetings(reach: WorkReach): SQL | undefined {
  if (reach.kind === 'all') return undefined;
  const id = sql`${courseMeetings.id}`;
  const ownGroup = sql`(${courseMeetings.kind} = 'working_group' AND ${inOwnGroup(sql`${courseMeetings.courseId}`, sql`${courseMeetings.groupKey}`, reach.institutionIds)})`;
  return or(ownGroup, invitedTo(id, reach.userId));
}

/**
 * Every meeting the actor reads, as a condition on `course_meetings` joined
 * with `courses`: readsMeeting for a list (the course's reach, or the invitation).
 */
export function meetingCondition(actor: Actor): SQL {
  const filter = courseFilter(actor);
  const invited = invitedTo(sql`${courseMeetings.id}`, actor.userId);
  if (!filter) return invited;
  const throughCourse = and(courseCondition(filter), readableMeetings(workReach(actor))) ?? sql`true`;
  return or(throughCourse, invited) ?? invited;
}

/**
 * The trials the reach reads, as a condition on `trials`: those of its own
 * working groups, the course-wide ones when its institution takes part in the
 * course, and those agreed at a meeting it was invited to.
 */
export function readableTrials(reach: WorkReach): SQL | undefined {
  if (reach.kind === 'all') return undefined;
  const courseId = sql`${trials.courseId}`;
  const ownGroup = sql`(${trials.groupKey} IS NOT NULL AND ${inOwnGroup(courseId, sql`${trials.groupKey}`, reach.institutionIds)})`;
  const courseWide = sql`(${trials.groupKey} IS NULL AND ${inOwnGroup(courseId, null, reach.institutionIds)})`;
  return or(ownGroup, courseWide, invitedTo(sql`${trials.meetingId}`, reach.userId));
}
