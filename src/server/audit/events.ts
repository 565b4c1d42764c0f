import { AUDIT_ACTIONS, type AuditAction } from '../../shared/audit-actions.js';
import type { AccountAuditDetails } from './events/accounts.js';
import type { ChangeModelAuditDetails } from './events/change-model.js';
import type { MeetingAuditDetails } from './events/meetings.js';
import type { ReadAuditDetails } from './events/reads.js';
import type { ScheduleAuditDetails } from './events/schedule.js';
import type { SelfAnalysisAuditDetails } from './events/self-analysis.js';
import type { NotificationAuditDetails } from './events/notifications.js';

export { AUDIT_ACTIONS, type AuditAction };
export type AuditChain = (typeof AUDIT_ACTIONS)[AuditAction];
export const AUDIT_CHAINS = ['access', 'change', 'auth'] as const satisfies readonly AuditChain[];

/** Typed details per action: what a reviewer needs, never a child's name. */
export interface AuditDetails
  extends
    ScheduleAuditDetails,
    MeetingAuditDetails,
    SelfAnalysisAuditDetails,
    ChangeModelAuditDetails,
    ReadAuditDetails,
    AccountAuditDetails,
    NotificationAuditDetails {
  'auth.login_succeeded': { email: string; sessionRole: string };
  'auth.login_failed': { email: string; reason: 'unknown_user' | 'wrong_password' | 'inactive' };
  'auth.login_throttled': { email: string; retryAfterSeconds: number };
  'auth.logout': Record<string, never>;
  'auth.role_switched': { from: string; to: string };
  'auth.role_switch_refused': { from: string; to: string };
  'auth.password_changed': { required: boolean };
  'auth.password_change_failed': { reason: 'wrong_password' };
  'auth.password_change_throttled': { retryAfterSeconds: number };
  /** A refused attempt at user management: who tried what on whom, and why it was refused. */
  'user.manage_refused': {
    method: string;
    route: string;
    targetUserId: string | null;
    code: string;
    role?: string | null;
    /** Why, where the code alone does not say it (an e-mail in use elsewhere is a probe worth seeing). */
    reason?: string;
    email?: string;
  };
  'child.read': { institutionId: string };
  'child.search': { criteria: Record<string, unknown>; resultCount: number; childIds: string[] };
  'child.export': { criteria: Record<string, unknown>; format: 'csv'; rowCount: number };
  'child.create': { institutionId: string; groupId: string | null };
  'child.update': { changedFields: string[]; fromVersion: number };
  'child.delete': { institutionId: string };
  'user.create': { email: string };
  'user.update': { changedFields: string[] };
  'role.assign': { userId: string; role: string; municipalityCode: string | null; institutionId: string | null };
  'role.revoke': { userId: string; role: string; municipalityCode: string | null; institutionId: string | null };
  'audit.search': { criteria: Record<string, unknown>; resultCount: number };
  'round.create': { name: string };
  'round.update': { changedFields: string[]; fromVersion: number };
  'round.assessors_set': { userIds: string[] };
  'application.create': { roundId: string };
  'application.save': { fromVersion: number; changedFields: string[] };
  'application.save_conflict': { baseVersion: number; currentVersion: number; conflictId: string };
  'application.conflict_dismissed': { conflictId: string };
  'application.file_upload': { purpose: string; fileId: string; size: number; sha256: string };
  'application.submit': { version: number };
  'assessment.conflict_declared': { applicationId: string; hasConflict: boolean };
  'assessment.save': { applicationId: string; fromVersion: number };
  'assessment.submit': { applicationId: string };
  'round.decide': {
    selected: string[];
    waitlist: string[];
    overridden: boolean;
    reason: string;
    letterReason?: string;
  };
  'round.publish': { approved: number; waitlisted: number; rejected: number; messages: number };
  'agreement.send': { applicationId: string };
  'agreement.sign': { applicationId: string; fileId: string };
  'course.create': { applicationId: string; meetings: number };
  'course.plan_update': { fromVersion: number; meetings: number; added: number; removed: number };
  'course.consultant_assign': { consultantId: string | null };
}

export interface AuditEvent<A extends AuditAction = AuditAction> {
  action: A;
  entityType?:
    | 'child'
    | 'user'
    | 'session'
    | 'audit'
    | 'round'
    | 'application'
    | 'assessment'
    | 'agreement'
    | 'course'
    | 'meeting'
    | 'trial'
    | 'self_analysis'
    | 'change_model'
    | 'calendar_feed'
    | 'consultant_absence'
    | 'file'
    | 'outbox'
    | null;
  entityId?: string | null;
  municipalityCode?: string | null;
  details: AuditDetails[A];
}
