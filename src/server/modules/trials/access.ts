import type { CoursePlan } from '../../../shared/contracts/courses.js';
import type { TrialStatus } from '../../../shared/contracts/trials.js';
import type { Actor } from '../../core/actor.js';
import { can } from '../../policy/policy.js';

interface CourseLike {
  consultantId: string | null;
  municipalityCode: string;
  plan: CoursePlan;
}

/**
 * Which trials of a course the actor works on (deny by default). The course's
 * consultant and the municipality's coordinator: all. A daycare leader or
 * staff member: the trials of the working groups that contain their
 * institution, and the course-wide trials (agreed at a meeting that is not a
 * working group's) – none when their institution is in no working group.
 * Everyone else who sees the course (admin, head of daycare) reads them only.
 */
export type TrialReach = { kind: 'all' } | { kind: 'groups'; groups: Set<string> } | { kind: 'none' };

export function trialReach(actor: Actor, course: CourseLike): TrialReach {
  if (actor.role === 'consultant') return course.consultantId === actor.userId ? { kind: 'all' } : { kind: 'none' };
  if (actor.municipalityCode !== course.municipalityCode) return { kind: 'none' };
  if (actor.role === 'coordinator') return { kind: 'all' };
  if (actor.role === 'daycare_leader' || actor.role === 'staff') {
    const own = new Set(actor.institutionIds);
    const groups = course.plan.workingGroups.filter((g) => g.institutionIds.some((id) => own.has(id))).map((g) => g.key);
    // An institution outside the course's working groups takes no part in it (courses/work-reach.ts reads the same way).
    return groups.length > 0 ? { kind: 'groups', groups: new Set(groups) } : { kind: 'none' };
  }
  return { kind: 'none' };
}

function reaches(reach: TrialReach, groupKey: string | null): boolean {
  if (reach.kind === 'all') return true;
  if (reach.kind === 'none') return false;
  return groupKey === null || reach.groups.has(groupKey);
}

/**
 * Agreeing a trial at a meeting: the consultant and the coordinator at any
 * meeting that is not cancelled; a daycare leader at their own working
 * group's meetings and at the leaders' sparring.
 */
export function mayAgreeTrialAt(
  actor: Actor,
  course: CourseLike,
  meeting: { kind: string; groupKey: string | null; status: string },
): boolean {
  if (!can(actor, 'trial.agree') || meeting.status === 'cancelled') return false;
  const reach = trialReach(actor, course);
  if (reach.kind === 'all') return true;
  if (reach.kind === 'none' || actor.role !== 'daycare_leader') return false;
  return meeting.kind === 'leader_sparring' || (meeting.kind === 'working_group' && meeting.groupKey !== null && reach.groups.has(meeting.groupKey));
}

/** Changing a trial (text, status): the consultant, the coordinator, a leader for their own groups' trials and those they agreed. */
export function mayEditTrial(actor: Actor, course: CourseLike, trial: { groupKey: string | null; createdBy: string }): boolean {
  if (!can(actor, 'trial.agree')) return false;
  const reach = trialReach(actor, course);
  if (reach.kind === 'all') return true;
  if (reach.kind === 'none') return false;
  return trial.groupKey === null ? trial.createdBy === actor.userId : reach.groups.has(trial.groupKey);
}

/** Logging what was tried: anyone who works on the trial, while it is open. */
export function mayLogTrial(actor: Actor, course: CourseLike, trial: { groupKey: string | null; status: TrialStatus }): boolean {
  return can(actor, 'trial.log') && trial.status === 'open' && reaches(trialReach(actor, course), trial.groupKey);
}

/** Whether the actor could log this trial if it were open (to tell "not yours" from "closed"). */
export function worksOnTrial(actor: Actor, course: CourseLike, trial: { groupKey: string | null }): boolean {
  return can(actor, 'trial.log') && reaches(trialReach(actor, course), trial.groupKey);
}
