/** Texts of the calendar subscription and absence panels (issue 4). en.ts's counterpart must have the same shape. */
export const calendarDa = {
  title: '',
};
export type CalendarMessages = typeof calendarDa;
