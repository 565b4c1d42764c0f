import type { ScheduleMessages } from './schedule.da.js';

export const scheduleEn: ScheduleMessages = {
  title: '',
};
