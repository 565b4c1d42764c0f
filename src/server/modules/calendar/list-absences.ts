import { ABSENCE_HISTORY_DAYS, type ListConsultantAbsencesResponse } from '../../../shared/contracts/calendar.js';
import { presentAbsence } from './absence-presenter.js';
import * as repo from './absence-repository.js';
import { danishToday } from '../../time/danish-today.js';
import { addDays } from '../../time/add-days.js';
import type { Context } from '../../core/context.js';

/** The consultant's own absences: the coming ones and those of the last 90 days, a page at a time. */
export async function listAbsences(
  ctx: Context,
  query: { page: number; pageSize: number },
): Promise<ListConsultantAbsencesResponse> {
  const { tx, actor, now } = ctx;
  const endsFrom = addDays(danishToday(now), -ABSENCE_HISTORY_DAYS);
  const { items, total } = await repo.listAbsences(tx, actor.userId, endsFrom, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: items.map(presentAbsence), page: query.page, pageSize: query.pageSize, total };
}
