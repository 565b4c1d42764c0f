/** Typed details of the meeting and trial events (shared/audit-actions/meetings.ts). Never a child's name. */
export interface MeetingAuditDetails {
  'meeting.agenda_save': { courseId: string; fromVersion: number };
  'meeting.participants_save': { courseId: string; participants: number; attended: number; hours: number };
  'meeting.minutes_save': { courseId: string; fromVersion: number };
  'meeting.minutes_conflict': { courseId: string; baseVersion: number; currentVersion: number; conflictId: string };
  'meeting.minutes_conflict_dismissed': { courseId: string; conflictId: string };
  'meeting.minutes_approve': { courseId: string; version: number };
  'meeting.status_change': { courseId: string; from: string; to: string };
  'trial.create': { courseId: string; meetingId: string };
  'trial.update': { courseId: string; changedFields: string[] };
  'trial.log': { courseId: string; trialId: string; triedOn: string };
  'meeting.attachment_upload': {
    courseId: string;
    attachmentId: string;
    fileId: string;
    kind: string;
    size: number;
    sha256: string;
  };
  'meeting.attachment_download': { courseId: string; attachmentId: string; fileId: string; readAs?: 'guest' };
  'meeting.attachment_delete': { courseId: string; attachmentId: string; fileId: string; sha256: string };
}
