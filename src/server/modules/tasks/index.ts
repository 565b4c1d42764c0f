// Public entry of the tasks module ("Mine opgaver"): what the composition root needs of it.

/** The route of the caller's tasks. */
export { registerTaskRoutes } from './routes.js';
/** When a trial log and a measurement are due, and the running courses' models: the reminders send what the tasks show (ADR 33). */
export { dueIndicators, trialLogDue, trialLoggedSince, TRIAL_LOG_INTERVAL_DAYS } from './due-rules.js';
export { runningCourses } from './repository.js';
