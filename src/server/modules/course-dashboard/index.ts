// Public entry of the course-dashboard module: what the composition root needs of it.

/** The course dashboard's route. */
export { registerCourseDashboardRoutes } from './routes.js';
