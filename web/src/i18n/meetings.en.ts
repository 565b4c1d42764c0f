import type { MeetingsMessages } from './meetings.da.js';

export const meetingsEn: MeetingsMessages = {
  title: '',
};
