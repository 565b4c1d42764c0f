/** Typed details of the account events (shared/audit-actions/accounts.ts). A token is never among them. */
export interface AccountAuditDetails {
  /** A one-time link went out: an invitation or a reset, sent by an administrator or asked for by the person. */
  'auth.password_link_sent': { purpose: 'invitation' | 'reset'; expiresAt: string; byAdministrator: boolean };
  /** "Glemt adgangskode" for an address: whether it names an active account is logged, never answered. */
  'auth.password_reset_requested': { email: string; known: boolean };
  'auth.password_reset_throttled': { email: string; retryAfterSeconds: number };
  /** A password set through a link; the person's sessions ended. */
  'auth.password_set_by_link': { purpose: 'invitation' | 'reset'; sessionsEnded: number };
  /** A link that was unknown, used or expired. */
  'auth.password_link_refused': { step: 'check' | 'set' };
  /** The person ended one or all of their other sessions. */
  'auth.session_ended': { sessions: number; all: boolean };
}
