/** Texts of the schedule pages (issue 4). en.ts's counterpart must have the same shape. */
export const scheduleDa = {
  title: '',
};
export type ScheduleMessages = typeof scheduleDa;
