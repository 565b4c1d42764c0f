import type { z } from 'zod';
import type { UpdateChildRequest } from '../../../shared/contracts/children.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, forbidden, notFound } from '../../core/errors.js';
import { groupNotInInstitution } from './create-child.js';
import { presentChild } from './presenter.js';
import { findChild, findGroupOf, updateChild } from './repository.js';
import type { Context } from '../../core/context.js';
import { childScopeFilter } from '../../access/index.js';

export async function editChild(ctx: Context, id: string, input: z.infer<typeof UpdateChildRequest>) {
  const { tx, actor } = ctx;
  const scope = childScopeFilter(actor);
  const current = await findChild(tx, scope, id);
  if (!current) throw notFound();
  if (!ctx.access.may('children.write', { id: current.institutionId, municipalityCode: current.municipalityCode })) {
    throw forbidden();
  }
  if (current.version !== input.version) throw new AppError('version_conflict');
  const { version, ...changes } = input;
  if (changes.groupId && !(await findGroupOf(tx, changes.groupId, current.institutionId)))
    throw groupNotInInstitution();
  const changedFields = (['firstName', 'lastName', 'birthDate', 'groupId'] as const).filter(
    (k) => changes[k] !== undefined && changes[k] !== current[k],
  );
  if (!(await updateChild(tx, id, version, changes, ctx.now))) throw new AppError('version_conflict');
  await writeAudit(tx, actor, {
    action: 'child.update',
    entityType: 'child',
    entityId: id,
    municipalityCode: current.municipalityCode,
    details: { changedFields, fromVersion: version },
  });
  const row = await findChild(tx, scope, id);
  if (!row) throw new AppError('internal');
  return presentChild(row);
}
