/** Audited events of meetings and trials (issue 4). */
export const MEETING_AUDIT_ACTIONS = {
  'meeting.agenda_save': 'change',
  'meeting.participants_save': 'change',
  'meeting.minutes_save': 'change',
  'meeting.minutes_conflict': 'change',
  'meeting.minutes_conflict_dismissed': 'change',
  'meeting.minutes_approve': 'change',
  'meeting.status_change': 'change',
  'trial.create': 'change',
  'trial.update': 'change',
  'trial.log': 'change',
  'meeting.attachment_upload': 'change',
  'meeting.attachment_download': 'access',
  'meeting.attachment_delete': 'change',
} as const;
