/**
 * A meeting without a date, wherever it is shown – the pages (da.core.ts
 * `common.undated`), the agenda and minutes – with "Sæt dato" beside it where
 * the reader may give it one (issue 11, point 10).
 */
export const UNDATED_DA = 'Ingen dato endnu';
