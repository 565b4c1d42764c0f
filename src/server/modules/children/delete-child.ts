import { writeAudit } from '../../audit/write-audit.js';
import { forbidden, notFound } from '../../core/errors.js';
import { canWriteChildrenOf } from '../../policy/policy.js';
import { childScopeFilter } from './access.js';
import { deleteChild, findChild } from './repository.js';
import type { Context } from '../../core/context.js';

/** Deletes a child's record for good (data minimisation); the audit log keeps only its id. */
export async function removeChild(ctx: Context, id: string) {
  const { tx, actor } = ctx;
  const current = await deleteTarget(ctx, id);
  await deleteChild(tx, id);
  await writeAudit(tx, actor, {
    action: 'child.delete',
    entityType: 'child',
    entityId: id,
    municipalityCode: current.municipalityCode,
    details: { institutionId: current.institutionId },
  });
}

async function deleteTarget(ctx: Context, id: string) {
  const { tx, actor } = ctx;
  const current = await findChild(tx, childScopeFilter(actor), id);
  if (!current) throw notFound();
  if (!canWriteChildrenOf(actor, { id: current.institutionId, municipalityCode: current.municipalityCode })) {
    throw forbidden();
  }
  return current;
}
