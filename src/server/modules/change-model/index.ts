// Public entry of the change-model module: the only file other modules may import.

/** The change model's routes (versions, compare, diagram, measurements). */
export { registerChangeModelRoutes } from './routes.js';
/** Each indicator's progress towards its target on a given day. */
export { indicatorProgress } from './indicator-progress.js';
/** Whether an indicator's measurement is due on a day, from its planned dates and the days measured ("Mine opgaver"). */
export { isDue } from './indicator-progress.js';
