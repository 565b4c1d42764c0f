import type { ScheduleViolationMessage } from '../../../shared/contracts/schedule.js';

/** Typed details of the scheduling and calendar events (shared/audit-actions/schedule.ts). */
export interface ScheduleAuditDetails {
  'round.schedule_settings': { fromVersion: number; holidayWeeks: number; maxMeetingsPerConsultantPerDay: number };
  'round.schedule_apply': { courses: number; meetings: number; themeDay: string | null };
  'course.schedule_apply': { meetings: number };
  'meeting.move': {
    courseId: string;
    from: string | null;
    to: string | null;
    /** The broken rules as message codes (rows written before codes hold Danish sentences). */
    violations: ScheduleViolationMessage[];
  };
  'consultant.absence_add': { fromDate: string; toDate: string };
  'consultant.absence_remove': { fromDate: string; toDate: string };
  'calendar.feed_create': { feedId: string };
  'calendar.feed_revoke': { feedId: string };
}
