// Public entry of the meetings module: the only file other modules and the composition root may import.

/** The meetings' routes (agenda, participants, minutes, status). */
export { registerMeetingRoutes } from './routes.js';
/** A meeting the actor reads (404 otherwise), with its course. */
export { loadVisibleMeeting, type VisibleMeeting } from './visible-meeting.js';
/** Handlers of the courses' domain events: invite default participants, follow a new consultant. */
export { followConsultant, inviteDefaultParticipants } from './invite-participants.js';
