import { roleHas } from '../../../shared/permissions.js';
import type { Actor } from '../../core/actor.js';

/**
 * Who may fill in, present and reopen a self-analysis they can see: the
 * course's consultant and the municipality's coordinator and head of daycare.
 * Which courses an actor sees is decided by courses/access.ts (courseFilter):
 * a consultant sees only the courses assigned to them, so any other course is
 * 404 before this is asked.
 */
export function mayWriteSelfAnalysis(actor: Actor): boolean {
  return roleHas(actor.role, 'self_analysis.write');
}
