import type { Actor } from '../../core/actor.js';
import { forbidden, notFound } from '../../core/errors.js';
import { canSeeChildrenOf, canSeeOrganisationOf } from '../../policy/policy.js';
import { findInstitution } from '../organisation/repository.js';
import type { ChildScopeFilter } from './repository.js';
import type { Context } from '../../core/context.js';

/** The explicit child scope of an actor; callers have passed the child.read permission check. */
export function childScopeFilter(actor: Actor): ChildScopeFilter {
  if (!actor.municipalityCode) return { municipalityCode: '', institutionIds: [] };
  return {
    municipalityCode: actor.municipalityCode,
    institutionIds: actor.role === 'daycare_chief' ? 'all' : actor.institutionIds,
  };
}

/**
 * Loads an institution the actor acts on children in. Outside their
 * municipality or children scope → 404; visible but `allowed` says no → 403.
 */
export async function institutionForChildren(
  ctx: Context,
  institutionId: string,
  allowed: (actor: Actor, inst: { id: string; municipalityCode: string }) => boolean,
) {
  const { tx, actor } = ctx;
  const inst = await findInstitution(tx, institutionId);
  if (!inst || !canSeeOrganisationOf(actor, inst.municipalityCode) || !canSeeChildrenOf(actor, inst)) {
    throw notFound();
  }
  if (!allowed(actor, inst)) throw forbidden();
  return inst;
}
