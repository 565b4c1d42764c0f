// Public entry of the scheduling library: pure meeting scheduling (ADR 8), no database.

/** Days as numbers, ISO dates, weekdays and Danish holidays. */
export { isDanishHoliday, toDay, toIso, weekday, type Day } from './calendar.js';
/** Danish date texts ("3. marts 2028") for validation messages. */
export { formatDanishDate, formatDanishRange } from './danish-dates.js';
/** The model's slots and thirds of a course year. */
export { thirdOf, WHOLE_DAY } from './schedule-model.js';
/** Propose a schedule; check one against every rule. */
export { proposeSchedule } from './propose-schedule.js';
export { checkSchedule } from './check-schedule.js';
