import { AUDIT_ACTIONS, type AuditAction } from '../../shared/audit-actions.js';

export { AUDIT_ACTIONS, type AuditAction };
export type AuditChain = (typeof AUDIT_ACTIONS)[AuditAction];
export const AUDIT_CHAINS = ['access', 'change', 'auth'] as const satisfies readonly AuditChain[];

/** Typed details per action: what a reviewer needs, never a child's name. */
export interface AuditDetails {
  'auth.login_succeeded': { email: string; sessionRole: string };
  'auth.login_failed': { email: string; reason: 'unknown_user' | 'wrong_password' | 'inactive' };
  'auth.login_throttled': { email: string; retryAfterSeconds: number };
  'auth.logout': Record<string, never>;
  'auth.role_switched': { from: string; to: string };
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
}

export interface AuditEvent<A extends AuditAction = AuditAction> {
  action: A;
  entityType?: 'child' | 'user' | 'session' | 'audit' | 'round' | null;
  entityId?: string | null;
  municipalityCode?: string | null;
  details: AuditDetails[A];
}
