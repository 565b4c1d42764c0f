// Public entry of the notifications module: e-mail notifications per kind and person (issue 11, point 2; ADR 33).

/** The person's own e-mail choices (routes under /api/v1/me). */
export { registerNotificationRoutes } from './routes.js';
/** Writes notifications in the caller's transaction, each as its recipient chose (outbox, digest or nothing). */
export { notify, type Notification } from './notify.js';
/** Housekeeping: the daily digests and the reminders, safe on several instances. */
export { runNotificationJobs } from './run-notification-jobs.js';
/** Handlers of domain events: meeting invitations (.ics REQUEST/CANCEL) and the application receipt. */
export { sendMeetingInvitations } from './send-meeting-invitations.js';
export { sendApplicationReceipt } from './send-application-receipt.js';
