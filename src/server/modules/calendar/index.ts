// Public entry of the calendar module: what the composition root needs of it.

/** Calendar feeds, meeting invitations (.ics) and consultants' absences. */
export { registerCalendarRoutes } from './routes.js';
