// Public entry of the mail module: the outbox and its SMTP delivery.

/** The outbox page's route, and the Mailer that delivers after a commit. */
export { registerMailRoutes } from './routes.js';
export { Mailer } from './mailer.js';
/** Queue messages in the caller's transaction; the coordinators' addresses of municipalities. */
export { addressesOf, enqueue } from './repository.js';
