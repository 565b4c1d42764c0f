/** Texts of the meetings pages (issue 4). en.ts's counterpart must have the same shape. */
export const meetingsDa = {
  title: '',
};
export type MeetingsMessages = typeof meetingsDa;
