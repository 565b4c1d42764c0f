// Public entry of the mail module: the outbox and its SMTP delivery.

/** The outbox page's route, and the Mailer that delivers after a commit (its claim lease, ADR 33). */
export { registerMailRoutes } from './routes.js';
export { CLAIM_LEASE_MS, Mailer, PUBLIC_URL_TOKEN } from './mailer.js';
/** Queue messages in the caller's transaction; the coordinators' addresses of municipalities. */
export { addressesOf, enqueue, type NewMessage } from './repository.js';
