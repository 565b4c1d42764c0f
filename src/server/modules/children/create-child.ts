import type { z } from 'zod';
import type { CreateChildRequest } from '../../../shared/contracts/children.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError } from '../../core/errors.js';
import { presentChild } from './presenter.js';
import { findChild, findGroupOf, insertChild } from './repository.js';
import type { Context } from '../../core/context.js';
import { childScopeFilter } from '../../access/index.js';
import { institutionForChildren } from './visible-institution.js';

export const groupNotInInstitution = () =>
  new AppError('validation_failed', {
    errors: [{ field: 'groupId', message: 'Gruppen hører ikke til det valgte dagtilbud' }],
  });

export async function createChild(ctx: Context, input: z.infer<typeof CreateChildRequest>) {
  const { tx, actor } = ctx;
  const inst = await institutionForChildren(ctx, input.institutionId, 'children.write');
  const groupId = input.groupId ?? null;
  if (groupId && !(await findGroupOf(tx, groupId, inst.id))) throw groupNotInInstitution();
  const id = await insertChild(tx, {
    municipalityCode: inst.municipalityCode,
    institutionId: inst.id,
    groupId,
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate,
  });
  await writeAudit(tx, actor, {
    action: 'child.create',
    entityType: 'child',
    entityId: id,
    municipalityCode: inst.municipalityCode,
    details: { institutionId: inst.id, groupId },
  });
  const row = await findChild(tx, childScopeFilter(actor), id);
  if (!row) throw new AppError('internal');
  return presentChild(row);
}
