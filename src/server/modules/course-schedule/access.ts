import type { Actor } from '../../core/actor.js';

/**
 * Who plans a course's meetings (a proposal and applying it): the admin and the
 * consultant running the course. Others who see the course get 403 from the
 * use case; those who do not see it already got 404 (courses/read-courses.ts).
 */
export function mayScheduleCourse(actor: Actor, course: { consultantId: string | null }): boolean {
  return actor.role === 'national_admin' || (actor.role === 'consultant' && course.consultantId === actor.userId);
}

/**
 * Who moves a meeting of a course by hand: the admin, the course's consultant,
 * the municipality's coordinator. The theme day is shared by the round and the
 * national conference is the agency's, so only the admin moves those.
 */
export function mayMoveMeetings(
  actor: Actor,
  course: { consultantId: string | null; municipalityCode: string },
  meeting: { kind: string },
): boolean {
  if (actor.role === 'national_admin') return true;
  if (meeting.kind === 'theme_day' || meeting.kind === 'conference') return false;
  if (mayScheduleCourse(actor, course)) return true;
  return actor.role === 'coordinator' && actor.municipalityCode === course.municipalityCode;
}

/**
 * Municipal roles read other municipalities' names neutrally in the broken
 * rules (their own municipality's code is returned); the agency's roles see
 * them all (null).
 */
export function ownMunicipalityOf(actor: Actor): string | null {
  if (actor.role === 'national_admin' || actor.role === 'consultant') return null;
  return actor.municipalityCode ?? 'ingen';
}
