// Public entry of the trials module: the only file other modules may import.

/** The trials' routes (agree, edit, log, list). */
export { registerTrialRoutes } from './routes.js';
/** The trials a meeting's page shows: agreed there, and the group's earlier ones. */
export { meetingTrials, readMeetingTrials, type MeetingTrialRows } from './meeting-trials.js';
