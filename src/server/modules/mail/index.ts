// Public entry of the mail module: the outbox and its SMTP delivery.

/** The outbox page's route, and the Mailer that delivers after a commit (its claim lease, ADR 33). */
export { registerMailRoutes } from './routes.js';
export { CLAIM_LEASE_MS, Mailer, PUBLIC_URL_TOKEN } from './mailer.js';
/** The agency as a meeting's organiser, filled in from INDSATS_MAIL_ORGANIZER when the mail is sent. */
export { ORGANIZER_EMAIL_TOKEN, ORGANIZER_NAME_TOKEN } from './mailer.js';
/** Queue messages in the caller's transaction; the coordinators' addresses of municipalities. */
export { addressesOf, enqueue, type NewMessage } from './repository.js';
