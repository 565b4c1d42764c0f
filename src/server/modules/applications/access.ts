import type { Actor } from '../../core/actor.js';
import { notFound } from '../../core/errors.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * Which applications the actor may see (deny by default): the agency's admin
 * all; a coordinator or daycare chief their own municipality's; an assessor
 * the submitted applications of the rounds assigned to them. Everything else
 * is 404 – another municipality's application does not exist for the caller.
 */
export function applicationFilter(actor: Actor): repo.ApplicationFilter | null {
  switch (actor.role) {
    case 'national_admin':
      return { kind: 'all' };
    case 'coordinator':
    case 'daycare_chief':
      return actor.municipalityCode ? { kind: 'municipality', code: actor.municipalityCode } : null;
    case 'assessor':
      return { kind: 'assessor', userId: actor.userId };
    case 'consultant':
    case 'daycare_leader':
    case 'staff':
    case 'partner':
    case 'evaluator':
      return null;
  }
}

export async function loadVisibleApplication(ctx: Context, id: string): Promise<repo.ApplicationRow> {
  const { tx, actor } = ctx;
  const filter = applicationFilter(actor);
  const row = filter ? await repo.findApplication(tx, id, filter) : null;
  if (!row) throw notFound();
  return row;
}

/** The municipality may change the application: a coordinator of its own municipality. */
export function isOwnCoordinator(actor: Actor, row: { municipalityCode: string }): boolean {
  return actor.role === 'coordinator' && actor.municipalityCode === row.municipalityCode;
}

/** Decisions are visible to the agency and, once published, to the municipality itself. */
export function mayKnowOutcome(actor: Actor, row: { municipalityCode: string; publishedAt: Date | null }): boolean {
  if (row.publishedAt === null) return false;
  return actor.role === 'national_admin' || actor.municipalityCode === row.municipalityCode;
}
