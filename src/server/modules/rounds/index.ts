// Public entry of the rounds module: the only file other modules may import.

/** The application rounds' routes. */
export { registerRoundRoutes } from './routes.js';
/** One round (only an assigned one for an assessor); null when there is none. */
export { findRound, type RoundRow } from './repository.js';
