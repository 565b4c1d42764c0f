import { writeAudit } from '../../audit/write-audit.js';
import { forbidden, notFound } from '../../core/errors.js';
import { deleteChild, findChild } from './repository.js';
import type { Context } from '../../core/context.js';
import { childScopeFilter } from '../../access/index.js';

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
  if (!ctx.access.may('children.write', { id: current.institutionId, municipalityCode: current.municipalityCode })) {
    throw forbidden();
  }
  return current;
}
