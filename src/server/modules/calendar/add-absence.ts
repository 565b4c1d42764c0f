import { ABSENCE_HISTORY_DAYS, type ConsultantAbsence } from '../../../shared/contracts/calendar.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError } from '../../core/errors.js';
import { presentAbsence } from './absence-presenter.js';
import * as repo from './absence-repository.js';
import { danishToday } from '../../time/danish-today.js';
import { addDays } from '../../time/add-days.js';
import type { Context } from '../../core/context.js';

/**
 * Records days the consultant cannot meet (from and to inclusive; the
 * contract has checked the order and the two-year limit). One that ended
 * more than 90 days ago would never be shown or planned around, so it is
 * refused as a likely typo.
 */
export async function addAbsence(
  ctx: Context,
  input: { fromDate: string; toDate: string; note: string },
): Promise<ConsultantAbsence> {
  const { tx, actor, now } = ctx;
  const oldest = addDays(danishToday(now), -ABSENCE_HISTORY_DAYS);
  if (input.toDate < oldest) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'toDate',
          message: `Fraværet sluttede for mere end ${ABSENCE_HISTORY_DAYS} dage siden. Tjek årstallet.`,
        },
      ],
    });
  }
  const row = await repo.insertAbsence(tx, { userId: actor.userId, ...input });
  await writeAudit(tx, actor, {
    action: 'consultant.absence_add',
    entityType: 'consultant_absence',
    entityId: row.id,
    details: { fromDate: row.fromDate, toDate: row.toDate },
  });
  return presentAbsence(row);
}
