import { and, eq, gt, inArray, lte, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { meetingParticipants, trials } from '../../db/schema-course-work.js';
import { applications, courses, municipalities, roleAssignments, rounds, users } from '../../db/schema.js';
import { trialLogDue } from '../tasks/index.js';

/**
 * The reminders' reads (send-reminders.ts): one set-based query per kind for
 * the whole country, each walking an index from a small table – the open
 * rounds (a handful) to their drafts (applications_round_municipality_unique),
 * the courses (a few per round) to their open trials (trials_course_idx) and
 * their logs (trial_logs_trial_idx) – and to the people by municipality and
 * role (role_assignments_municipality_idx).
 */

/** Drafts of rounds whose deadline falls in (now, until], with each coordinator of the municipality. */
export function draftsBeforeDeadline(q: Queryable, now: Date, until: Date) {
  return q
    .select({
      applicationId: applications.id,
      roundId: rounds.id,
      roundName: rounds.name,
      deadline: rounds.deadline,
      municipalityName: municipalities.name,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(rounds)
    .innerJoin(applications, and(eq(applications.roundId, rounds.id), eq(applications.status, 'draft')))
    .innerJoin(municipalities, eq(municipalities.code, applications.municipalityCode))
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.municipalityCode, applications.municipalityCode), eq(roleAssignments.role, 'coordinator')),
    )
    .innerJoin(users, and(eq(users.id, roleAssignments.userId), eq(users.active, true)))
    .where(and(gt(rounds.deadline, now), lte(rounds.deadline, until)));
}

/**
 * Every open trial due to be logged today (tasks' trialLogDue, the rule of
 * "Mine opgaver"), with each leader and member of staff who works on it as
 * readableTrials says: of the course's municipality, and their institution in
 * the trial's working group (any group for a course-wide trial), or invited to
 * the meeting where it was agreed. With the day it was last logged.
 */
export function trialsDueWithPeople(q: Queryable, today: string) {
  const wg = sql`jsonb_array_elements(c2.plan -> 'workingGroups')`;
  const inGroup = sql`(${roleAssignments.institutionId} IS NOT NULL AND EXISTS (
      SELECT 1 FROM ${courses} c2 CROSS JOIN LATERAL ${wg} g
      WHERE c2.id = ${trials.courseId}
        AND (${trials.groupKey} IS NULL OR g ->> 'key' = ${trials.groupKey})
        AND (g -> 'institutionIds') ? (${roleAssignments.institutionId})::text))`;
  const invited = sql`EXISTS (SELECT 1 FROM ${meetingParticipants} p
      WHERE p.meeting_id = ${trials.meetingId} AND p.user_id = ${users.id})`;
  return q
    .selectDistinct({
      trialId: trials.id,
      courseId: trials.courseId,
      description: trials.description,
      lastLoggedOn: sql<
        string | null
      >`(SELECT max(l.tried_on)::text FROM trial_logs l WHERE l.trial_id = ${trials.id})`,
      userId: users.id,
      name: users.name,
      email: users.email,
    })
    .from(courses)
    .innerJoin(trials, and(eq(trials.courseId, courses.id), trialLogDue(today)))
    .innerJoin(
      roleAssignments,
      and(
        eq(roleAssignments.municipalityCode, courses.municipalityCode),
        inArray(roleAssignments.role, ['daycare_leader', 'staff']),
      ),
    )
    .innerJoin(users, and(eq(users.id, roleAssignments.userId), eq(users.active, true)))
    .where(or(inGroup, invited));
}
