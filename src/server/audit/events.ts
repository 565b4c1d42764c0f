/**
 * The closed list of audited events. Each action belongs to one hash chain,
 * and the chain decides its retention: `access` (reads, searches, exports) is
 * kept INDSATS_AUDIT_ACCESS_RETENTION_DAYS, the others INDSATS_AUDIT_RETENTION_DAYS.
 */
export const AUDIT_ACTIONS = {
  'auth.login_succeeded': 'auth',
  'auth.login_failed': 'auth',
  'auth.login_throttled': 'auth',
  'auth.logout': 'auth',
  'auth.role_switched': 'auth',
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
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
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
}

export interface AuditEvent<A extends AuditAction = AuditAction> {
  action: A;
  entityType?: 'child' | 'user' | 'session' | 'audit' | null;
  entityId?: string | null;
  municipalityCode?: string | null;
  details: AuditDetails[A];
}
