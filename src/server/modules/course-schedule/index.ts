// Public entry of the course-schedule module: what the composition root needs of it.

/** Proposing, checking and applying schedules; the calendar view; round settings. */
export { registerCourseScheduleRoutes } from './routes.js';
