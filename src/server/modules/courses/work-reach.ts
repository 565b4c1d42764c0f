import { or, sql, type SQL } from 'drizzle-orm';
import { meetingParticipants, trials } from '../../db/schema-course-work.js';
import { courseMeetings, courses } from '../../db/schema.js';
import type { Actor } from '../../core/actor.js';

/**
 * Which meetings and trials of a visible course (courses/access.ts) the actor
 * reads (ADR 10, "Who reads a course"). The admin, the course's consultant,
 * the coordinator and the head of daycare: all. A daycare leader or staff
 * member: the working groups of their own institutions, the meetings they are
 * invited to (a participant), and – when their institution takes part in the
 * course – the course-wide trials they log. Working-group minutes and trial
 * logs describe children; another institution's are not theirs to read.
 *
 * The reach depends on the actor only, so one condition serves a single
 * course and a calendar across courses alike; the working groups are taken
 * from each course's current plan.
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
      // They see no course (courseFilter); should that change, they read nothing here until decided.
      return { kind: 'own', userId: actor.userId, institutionIds: [] };
  }
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

/** The meetings the reach reads, as a condition on `course_meetings` (undefined = no narrowing). */
export function readableMeetings(reach: WorkReach): SQL | undefined {
  if (reach.kind === 'all') return undefined;
  const id = sql`${courseMeetings.id}`;
  const ownGroup = sql`(${courseMeetings.kind} = 'working_group' AND ${inOwnGroup(sql`${courseMeetings.courseId}`, sql`${courseMeetings.groupKey}`, reach.institutionIds)})`;
  return or(ownGroup, invitedTo(id, reach.userId));
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
