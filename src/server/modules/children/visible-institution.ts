import { forbidden, notFound } from '../../core/errors.js';
import { findInstitution } from '../organisation/index.js';
import type { Context } from '../../core/context.js';
import { canSeeOrganisationOf } from '../../access/index.js';

/**
 * Loads an institution the actor acts on children in. Outside their
 * municipality or children scope → 404; visible but `action` not allowed → 403.
 */
export async function institutionForChildren(
  ctx: Context,
  institutionId: string,
  action: 'children.read' | 'children.write' | 'children.export',
) {
  const inst = await findInstitution(ctx.tx, institutionId);
  if (!inst || !canSeeOrganisationOf(ctx.actor, inst.municipalityCode) || !ctx.access.may('children.read', inst)) {
    throw notFound();
  }
  if (!ctx.access.may(action, inst)) throw forbidden();
  return inst;
}
