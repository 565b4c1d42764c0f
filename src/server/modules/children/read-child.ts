import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import { notFound } from '../../core/errors.js';
import { childScopeFilter } from './access.js';
import { presentChild } from './presenter.js';
import { findChild } from './repository.js';

export async function readChild(tx: Tx, actor: Actor, id: string) {
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
