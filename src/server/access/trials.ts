import type { TrialStatus } from '../../shared/contracts/trials.js';
import type { Actor } from '../core/actor.js';
import type { CourseFacts } from './courses.js';
import { byAssignment, byMunicipality, type Grant } from './grants.js';
import { can } from './permitted.js';

/** What the trial rules read of a course. */
export interface TrialCourseFacts extends CourseFacts {
  plan: { workingGroups: readonly { key: string; institutionIds: readonly string[] }[] };
}

/**
 * Which trials of a course the actor works on (deny by default). The course's
 * consultant and the municipality's coordinator: all. A daycare leader or
 * staff member: the trials of the working groups that contain their
 * institution, and the course-wide trials (agreed at a meeting that is not a
 * working group's) – none when their institution is in no working group.
 * Everyone else who sees the course (admin, head of daycare) reads them only.
 */
export type TrialReach = { kind: 'all'; grant: Grant } | { kind: 'groups'; groups: Set<string> } | { kind: 'none' };

export function trialReach(actor: Actor, course: TrialCourseFacts): TrialReach {
  if (actor.role === 'consultant')
    return course.consultantId === actor.userId
      ? { kind: 'all', grant: byAssignment('course_consultant') }
      : { kind: 'none' };
  if (actor.municipalityCode !== course.municipalityCode) return { kind: 'none' };
  if (actor.role === 'coordinator') return { kind: 'all', grant: byMunicipality(actor.role, course.municipalityCode) };
  if (actor.role === 'daycare_leader' || actor.role === 'staff') {
    const own = new Set(actor.institutionIds);
    const groups = course.plan.workingGroups
      .filter((g) => g.institutionIds.some((id) => own.has(id)))
      .map((g) => g.key);
    // An institution outside the course's working groups takes no part in it (access/meetings.ts reads the same way).
    return groups.length > 0 ? { kind: 'groups', groups: new Set(groups) } : { kind: 'none' };
  }
  return { kind: 'none' };
}

function reaching(reach: TrialReach, groupKey: string | null): Grant | null {
  if (reach.kind === 'all') return reach.grant;
  if (reach.kind === 'none') return null;
  return groupKey === null || reach.groups.has(groupKey)
    ? byAssignment(groupKey === null ? 'course_institution' : 'working_group')
    : null;
}

/**
 * Agreeing a trial at a meeting: the consultant and the coordinator at any
 * meeting that is not cancelled; a daycare leader at their own working
 * group's meetings and at the leaders' sparring.
 */
export function agreesTrialAt(
  actor: Actor,
  facts: { course: TrialCourseFacts; meeting: { kind: string; groupKey: string | null; status: string } },
): Grant | null {
  const { course, meeting } = facts;
  if (!can(actor, 'trial.agree') || meeting.status === 'cancelled') return null;
  const reach = trialReach(actor, course);
  if (reach.kind === 'all') return reach.grant;
  if (reach.kind === 'none' || actor.role !== 'daycare_leader') return null;
  if (meeting.kind === 'leader_sparring') return byAssignment('course_institution');
  return meeting.kind === 'working_group' && meeting.groupKey !== null && reach.groups.has(meeting.groupKey)
    ? byAssignment('working_group')
    : null;
}

/** Changing a trial (text, status): the consultant, the coordinator, a leader for their own groups' trials and those they agreed. */
export function editsTrial(
  actor: Actor,
  facts: { course: TrialCourseFacts; trial: { groupKey: string | null; createdBy: string } },
): Grant | null {
  const { course, trial } = facts;
  if (!can(actor, 'trial.agree')) return null;
  const reach = trialReach(actor, course);
  if (reach.kind === 'all') return reach.grant;
  if (reach.kind === 'none') return null;
  if (trial.groupKey === null) return trial.createdBy === actor.userId ? byAssignment('course_institution') : null;
  return reach.groups.has(trial.groupKey) ? byAssignment('working_group') : null;
}

/** Whether the actor works on the trial – could log it were it open (to tell "not yours" from "closed"). */
export function worksOnTrial(
  actor: Actor,
  facts: { course: TrialCourseFacts; trial: { groupKey: string | null } },
): Grant | null {
  return can(actor, 'trial.log') ? reaching(trialReach(actor, facts.course), facts.trial.groupKey) : null;
}

/** Logging what was tried: anyone who works on the trial, while it is open. */
export function logsTrial(
  actor: Actor,
  facts: { course: TrialCourseFacts; trial: { groupKey: string | null; status: TrialStatus } },
): Grant | null {
  return facts.trial.status === 'open' ? worksOnTrial(actor, facts) : null;
}
