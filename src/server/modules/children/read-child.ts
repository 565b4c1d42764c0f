import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../core/errors.js';
import { presentChild } from './presenter.js';
import { findChild } from './repository.js';
import type { Context } from '../../core/context.js';
import { childScopeFilter } from '../../access/index.js';

export async function readChild(ctx: Context, id: string) {
  const { tx, actor } = ctx;
  const row = await findChild(tx, childScopeFilter(actor), id);
  if (!row) throw notFound();
  await writeAudit(tx, actor, {
    action: 'child.read',
    entityType: 'child',
    entityId: row.id,
    municipalityCode: row.municipalityCode,
    details: { institutionId: row.institutionId },
  });
  return presentChild(row);
}
