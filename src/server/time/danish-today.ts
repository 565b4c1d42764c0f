/** Today's date (YYYY-MM-DD) in Denmark, whatever the server's own time zone (shared with the web client). */
export { danishToday } from '../../shared/danish-today.js';
