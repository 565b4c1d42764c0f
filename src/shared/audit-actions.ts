import { ACCOUNT_AUDIT_ACTIONS } from './audit-actions/accounts.js';
import { CHANGE_MODEL_AUDIT_ACTIONS } from './audit-actions/change-model.js';
import { MEETING_AUDIT_ACTIONS } from './audit-actions/meetings.js';
import { READ_AUDIT_ACTIONS } from './audit-actions/reads.js';
import { SCHEDULE_AUDIT_ACTIONS } from './audit-actions/schedule.js';
import { SELF_ANALYSIS_AUDIT_ACTIONS } from './audit-actions/self-analysis.js';
import { NOTIFICATION_AUDIT_ACTIONS } from './audit-actions/notifications.js';

/**
 * The closed list of audited events (shared with the web client, which names
 * them). Each action belongs to one hash chain, and the chain decides its
 * retention: `access` (reads, searches, exports) is kept
 * INDSATS_AUDIT_ACCESS_RETENTION_DAYS, the others INDSATS_AUDIT_RETENTION_DAYS.
 */
export const AUDIT_ACTIONS = {
  'auth.login_succeeded': 'auth',
  'auth.login_failed': 'auth',
  'auth.login_throttled': 'auth',
  'auth.logout': 'auth',
  'auth.role_switched': 'auth',
  'auth.role_switch_refused': 'auth',
  'auth.password_changed': 'auth',
  'auth.password_change_failed': 'auth',
  'auth.password_change_throttled': 'auth',
  'user.manage_refused': 'auth',
  'child.read': 'access',
  'child.search': 'access',
  'child.export': 'access',
  'child.create': 'change',
  'child.update': 'change',
  'child.delete': 'change',
  'user.create': 'change',
  'user.update': 'change',
  'role.assign': 'change',
  'role.revoke': 'change',
  'audit.search': 'access',
  'round.create': 'change',
  'round.update': 'change',
  'round.assessors_set': 'change',
  'application.create': 'change',
  'application.save': 'change',
  'application.save_conflict': 'change',
  'application.conflict_dismissed': 'change',
  'application.file_upload': 'change',
  'application.submit': 'change',
  'assessment.conflict_declared': 'change',
  'assessment.save': 'change',
  'assessment.submit': 'change',
  'round.decide': 'change',
  'round.publish': 'change',
  'agreement.send': 'change',
  'agreement.sign': 'change',
  'course.create': 'change',
  'course.plan_update': 'change',
  'course.consultant_assign': 'change',
  ...SCHEDULE_AUDIT_ACTIONS,
  ...MEETING_AUDIT_ACTIONS,
  ...SELF_ANALYSIS_AUDIT_ACTIONS,
  ...CHANGE_MODEL_AUDIT_ACTIONS,
  ...READ_AUDIT_ACTIONS,
  ...ACCOUNT_AUDIT_ACTIONS,
  ...NOTIFICATION_AUDIT_ACTIONS,
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
