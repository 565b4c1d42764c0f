import type { CalendarMessages } from './calendar.da.js';

export const calendarEn: CalendarMessages = {
  title: '',
};
