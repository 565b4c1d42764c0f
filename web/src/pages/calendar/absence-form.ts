import { textLength } from '../../../../src/shared/contracts/text-length.js';
import { ABSENCE_NOTE_MAX as NOTE_MAX } from '../../../../src/shared/contracts/calendar.js';
import type { CalendarMessages } from '../../i18n/calendar.da.js';

export interface AbsenceValues {
  fromDate: string;
  toDate: string;
  note: string;
}

export const EMPTY_ABSENCE: AbsenceValues = { fromDate: '', toDate: '', note: '' };
export const ABSENCE_FIELDS = ['fromDate', 'toDate', 'note'] as const satisfies readonly (keyof AbsenceValues)[];
export type AbsenceField = (typeof ABSENCE_FIELDS)[number];

/** As the server's contract (contracts/calendar.ts): at most two years, a note of at most 200 characters. */
const MAX_YEARS = 2;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The last day an absence starting on `from` may end on (from + 2 years − 1 day), as the server counts. */
export function lastAbsenceDay(from: string): string {
  const [y, m, d] = from.split('-').map(Number);
  return new Date(Date.UTC((y ?? 0) + MAX_YEARS, (m ?? 1) - 1, d ?? 1) - 86_400_000).toISOString().slice(0, 10);
}

/** The form's own checks, in Danish, before anything is sent (the server checks the same again). */
export function validateAbsence(
  values: AbsenceValues,
  texts: CalendarMessages['errors'],
): Partial<Record<AbsenceField, string>> {
  const errors: Partial<Record<AbsenceField, string>> = {};
  if (!values.fromDate) errors.fromDate = texts.required;
  else if (!isDate(values.fromDate)) errors.fromDate = texts.invalidDate;
  if (!values.toDate) errors.toDate = texts.required;
  else if (!isDate(values.toDate)) errors.toDate = texts.invalidDate;
  if (!errors.fromDate && !errors.toDate) {
    if (values.toDate < values.fromDate) errors.toDate = texts.toBeforeFrom;
    else if (values.toDate > lastAbsenceDay(values.fromDate)) errors.toDate = texts.tooLong;
  }
  if (textLength(values.note, 'multi') > NOTE_MAX) errors.note = texts.noteTooLong;
  return errors;
}
