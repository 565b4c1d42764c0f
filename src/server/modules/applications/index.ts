// Public entry of the applications module: the only file other modules may import.

/** The applications' routes. */
export { registerApplicationRoutes } from './routes.js';
/** An application the actor may see (404 otherwise), and its row type. */
export { loadVisibleApplication } from './visible-application.js';
export type { ApplicationRow } from './repository.js';
/** A round's applications, and the names of a municipality's institutions by id. */
export { applicationsOfRound, institutionNames } from './repository.js';
/** The decision's outcome of an application, and its place on the waiting list. */
export { outcomeOf, waitlistPositionOf } from './outcome.js';
