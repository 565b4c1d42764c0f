/**
 * Invitations, "Glemt adgangskode" and the person's own sessions (issue 11,
 * point 9; docs/adr/0028-invitations-and-reset.md). All are security events:
 * the `auth` chain.
 */
export const ACCOUNT_AUDIT_ACTIONS = {
  'auth.password_link_sent': 'auth',
  'auth.password_reset_requested': 'auth',
  'auth.password_reset_throttled': 'auth',
  'auth.password_set_by_link': 'auth',
  'auth.password_link_refused': 'auth',
  'auth.session_ended': 'auth',
} as const;
