// Public entry of the auth module: the only file other modules and the composition root may import.

/** Login, logout, role switch and own password routes; the onRequest hook that resolves the session and enforces route access. */
export { registerAuthRoutes } from './routes.js';
export { registerAuthHook } from './auth-hook.js';
/** A new random token and the SHA-256 under which it is stored (sessions, calendar feeds). */
export { hashToken, newToken } from './session-repository.js';
/** Ends every session of a user (deactivation, a password set by someone else). */
export { deleteSessionsOfUser } from './session-repository.js';
/** Housekeeping: expired sessions and spent login throttle rows. */
export { deleteExpiredSessions } from './session-repository.js';
export { deleteSpentThrottleRows } from './throttle.js';
/** argon2id hash of a password. */
export { hashPassword } from './password.js';
/** The password policy (ADR 11): refuse with a Danish field error, check and hash, or just say what is wrong (CLI); the published demo password. */
export {
  assertPasswordAllowed,
  DEMO_PASSWORD,
  hashAllowedPassword,
  passwordProblemMessage,
} from './password-policy.js';
/** Role assignments of several users in one query, with municipality and institution names. */
export { assignmentsOf } from './account-repository.js';
/** One-time links to set a password (docs/adr/0028): an administrator sends one; the users page shows the live one. */
export { sendPasswordLink } from './send-password-link.js';
export { deleteExpiredLinks, pendingLinksOf, type LinkSettings } from './password-links.js';
/** The settings of one-time links, from the configuration (for user management's invitations). */
export { linkSettingsOf } from './account-routes.js';
