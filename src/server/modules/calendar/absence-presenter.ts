import type { ConsultantAbsence } from '../../../shared/contracts/calendar.js';
import type { AbsenceRow } from './absence-repository.js';

export function presentAbsence(row: AbsenceRow): ConsultantAbsence {
  return {
    id: row.id,
    fromDate: row.fromDate,
    toDate: row.toDate,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}
