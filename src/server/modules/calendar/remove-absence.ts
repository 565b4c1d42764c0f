import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import { notFound } from '../../core/errors.js';
import * as repo from './absence-repository.js';

/** Removes one of the consultant's own absences; another's id is 404. */
export async function removeAbsence(tx: Tx, actor: Actor, id: string): Promise<void> {
  const row = await repo.findOwnAbsence(tx, actor.userId, id);
  if (!row) throw notFound();
  await repo.deleteAbsence(tx, id);
  await writeAudit(tx, actor, {
    action: 'consultant.absence_remove',
    entityType: 'consultant_absence',
    entityId: id,
    details: { fromDate: row.fromDate, toDate: row.toDate },
  });
}
