import type { Actor } from '../../core/actor.js';

/**
 * Who may do what with a course's change model, once the course is visible
 * to them (courses/access.ts: the admin all, a consultant the courses they
 * run, municipal roles their own municipality's; anything else is 404).
 * Deny by default: a role not named here may only read.
 */
export function mayEditChangeModel(actor: Actor): boolean {
  switch (actor.role) {
    case 'consultant':
    case 'coordinator':
    case 'daycare_chief':
      return true;
    case 'national_admin':
    case 'daycare_leader':
    case 'staff':
    case 'assessor':
    case 'partner':
    case 'evaluator':
      return false;
  }
}

/** Writers of the model, and the daycare leaders who collect much of the data. */
export function mayMeasure(actor: Actor): boolean {
  return mayEditChangeModel(actor) || actor.role === 'daycare_leader';
}

/** A measurement is deleted by the one who recorded it, or by a writer of the model. */
export function mayDeleteMeasurement(actor: Actor, recordedBy: string): boolean {
  return mayEditChangeModel(actor) || (mayMeasure(actor) && recordedBy === actor.userId);
}

