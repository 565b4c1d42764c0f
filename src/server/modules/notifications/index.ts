// Public entry of the notifications module: e-mail notifications per kind and person (issue 11, point 2; ADR 33).

/** The person's own e-mail choices (routes under /api/v1/me). */
export { registerNotificationRoutes } from './routes.js';
/** Writes notifications in the caller's transaction, each as its recipient chose (outbox, digest or nothing). */
export { notify, type Notification } from './notify.js';
/** Housekeeping: the daily digests and the reminders, safe on several instances. */
export { runNotificationJobs } from './run-notification-jobs.js';
/** Handlers of domain events: meeting invitations (.ics REQUEST/CANCEL), the application receipt, an assessor
 * assigned, a round opened, an agreement sent and signed, minutes approved. */
export { sendMeetingInvitations } from './send-meeting-invitations.js';
export { sendApplicationReceipt } from './send-application-receipt.js';
export { sendAssessorAssigned } from './send-assessor-assigned.js';
export { sendRoundOpened } from './send-round-opened.js';
export { sendAgreementSent, sendAgreementSigned } from './send-agreement-mails.js';
export { sendMinutesApproved } from './send-minutes-approved.js';
