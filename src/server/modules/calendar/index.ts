// Public entry of the calendar module: what the composition root needs of it.

/** Calendar feeds, meeting invitations (.ics) and consultants' absences. */
export { registerCalendarRoutes } from './routes.js';
/** A meeting's e-mailed invitation or cancellation (.ics with METHOD, ORGANIZER, ATTENDEE), for notifications. */
export { meetingCalendarStates, meetingInvitationMail, type MeetingInvitationMail } from './meeting-invitation-mail.js';
