import { eq, type SQL } from 'drizzle-orm';
import { courses } from '../db/schema.js';
import type { Actor } from '../core/actor.js';
import { byAssignment, byMunicipality, byRole, type Grant } from './grants.js';
import { can, permitted } from './permitted.js';

/** What the course rules read of a course. */
export interface CourseFacts {
  municipalityCode: string;
  consultantId: string | null;
}

/** The courses an actor lists, as data (the repositories turn it into SQL with courseCondition). */
export type CourseFilter =
  { kind: 'all' } | { kind: 'consultant'; userId: string } | { kind: 'municipality'; code: string };

/**
 * Which courses the actor sees (deny by default): the agency's admin all, a
 * consultant the courses assigned to them, the municipal roles that work in
 * courses their own municipality's. Anything else is 404. readsCourse is the
 * same rule for one course; test/access-agreement.test.ts holds them together.
 */
export function courseFilter(actor: Actor): CourseFilter | null {
  switch (actor.role) {
    case 'national_admin':
      return { kind: 'all' };
    case 'consultant':
      return { kind: 'consultant', userId: actor.userId };
    case 'coordinator':
    case 'daycare_chief':
    case 'daycare_leader':
    case 'staff':
      return actor.municipalityCode ? { kind: 'municipality', code: actor.municipalityCode } : null;
    case 'assessor':
    case 'partner':
    case 'evaluator':
      return null;
  }
}

/** The courses a filter reaches, as a condition on `courses` (meetings and trials join their course and reuse it). */
export function courseCondition(filter: CourseFilter): SQL | undefined {
  if (filter.kind === 'consultant') return eq(courses.consultantId, filter.userId);
  if (filter.kind === 'municipality') return eq(courses.municipalityCode, filter.code);
  return undefined;
}

/** Reading one course: the list's rule for a single record, with the reason. */
export function readsCourse(actor: Actor, course: CourseFacts): Grant | null {
  const filter = courseFilter(actor);
  if (!filter) return null;
  switch (filter.kind) {
    case 'all':
      return byRole(actor.role);
    case 'consultant':
      return course.consultantId === actor.userId ? byAssignment('course_consultant') : null;
    case 'municipality':
      return course.municipalityCode === filter.code ? byMunicipality(actor.role, filter.code) : null;
  }
}

/** The admin, and the consultant running the course, adapt its plan and plan its meetings. */
export function plansCourse(actor: Actor, course: CourseFacts): Grant | null {
  if (actor.role === 'national_admin') return byRole(actor.role);
  return actor.role === 'consultant' && course.consultantId === actor.userId ? byAssignment('course_consultant') : null;
}

/** The course's own consultant and the municipality's coordinator run its meetings: agenda, participants, minutes, status. */
export function runsMeetings(actor: Actor, course: CourseFacts): Grant | null {
  if (!can(actor, 'meeting.write')) return null;
  if (actor.role === 'consultant')
    return course.consultantId === actor.userId ? byAssignment('course_consultant') : null;
  return actor.role === 'coordinator' && actor.municipalityCode === course.municipalityCode
    ? byMunicipality(actor.role, course.municipalityCode)
    : null;
}

/** Minutes are approved by those who run the meeting, or by the municipality's head of daycare. */
export function approvesMinutes(actor: Actor, course: CourseFacts): Grant | null {
  if (!can(actor, 'meeting.approve')) return null;
  if (actor.role === 'daycare_chief')
    return actor.municipalityCode === course.municipalityCode
      ? byMunicipality(actor.role, course.municipalityCode)
      : null;
  return runsMeetings(actor, course);
}

/**
 * Moving a meeting by hand: the admin, the course's consultant, the
 * municipality's coordinator. The theme day is shared by the round and the
 * national conference is the agency's, so only the admin moves those.
 */
export function movesMeeting(actor: Actor, facts: { course: CourseFacts; meeting: { kind: string } }): Grant | null {
  if (actor.role === 'national_admin') return byRole(actor.role);
  if (facts.meeting.kind === 'theme_day' || facts.meeting.kind === 'conference') return null;
  const planner = plansCourse(actor, facts.course);
  if (planner) return planner;
  return actor.role === 'coordinator' && actor.municipalityCode === facts.course.municipalityCode
    ? byMunicipality(actor.role, facts.course.municipalityCode)
    : null;
}

/** The change model is written by the course's consultant and the municipality's coordinator and head of daycare. */
export function writesChangeModel(actor: Actor, course: CourseFacts): Grant | null {
  return permitted(actor, 'change_model.write', readsCourse(actor, course));
}

/** Measurements are recorded by the writers of the model and the daycare leaders who collect much of the data. */
export function recordsMeasurement(actor: Actor, course: CourseFacts): Grant | null {
  return permitted(actor, 'indicator.measure', readsCourse(actor, course));
}

/** A measurement is deleted by the one who recorded it, or by a writer of the model. */
export function deletesMeasurement(actor: Actor, facts: { course: CourseFacts; recordedBy: string }): Grant | null {
  const writer = writesChangeModel(actor, facts.course);
  if (writer) return writer;
  return facts.recordedBy === actor.userId ? recordsMeasurement(actor, facts.course) : null;
}

/** The self-analysis is filled in, presented and reopened by the course's consultant and the municipality's coordinator and head of daycare. */
export function writesSelfAnalysis(actor: Actor, course: CourseFacts): Grant | null {
  return permitted(actor, 'self_analysis.write', readsCourse(actor, course));
}

/**
 * Municipal roles read other municipalities' names neutrally in the broken
 * rules of a schedule (their own municipality's code is returned); the
 * agency's roles see them all (null).
 */
export function ownMunicipalityOf(actor: Actor): string | null {
  if (actor.role === 'national_admin' || actor.role === 'consultant') return null;
  return actor.municipalityCode ?? 'ingen';
}
