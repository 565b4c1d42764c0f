// Public entry of the readers module ("Hvem kan se dette?"): the only file the composition root may import.

/** The readers route: who reads a course, meeting, application, self-analysis or change model, and why. */
export { registerReadersRoutes } from './routes.js';
