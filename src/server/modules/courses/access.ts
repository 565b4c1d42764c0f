import type { Actor } from '../../core/actor.js';
import type { CourseFilter } from './repository.js';

/**
 * Which courses the actor sees (deny by default): the agency's admin all, a
 * consultant the courses assigned to them, the municipal roles their own
 * municipality's. Anything else is 404.
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

/** The admin, and the consultant running the course, adapt its plan. */
export function mayEditPlan(actor: Actor, course: { consultantId: string | null }): boolean {
  return actor.role === 'national_admin' || (actor.role === 'consultant' && course.consultantId === actor.userId);
}
