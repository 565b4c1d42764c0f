import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../core/errors.js';
import * as repo from './absence-repository.js';
import type { Context } from '../../core/context.js';

/** Removes one of the consultant's own absences; another's id is 404. */
export async function removeAbsence(ctx: Context, id: string): Promise<void> {
  const { tx, actor } = ctx;
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
