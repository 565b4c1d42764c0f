/** Audited events of scheduling and calendars (issue 4). */
export const SCHEDULE_AUDIT_ACTIONS = {
  'round.schedule_settings': 'change',
  'round.schedule_apply': 'change',
  'course.schedule_apply': 'change',
  'meeting.move': 'change',
  'consultant.absence_add': 'change',
  'consultant.absence_remove': 'change',
  'calendar.feed_create': 'auth',
  'calendar.feed_revoke': 'auth',
} as const;
