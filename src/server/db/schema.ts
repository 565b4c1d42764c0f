/**
 * The database schema, as modules import it: the core tables (schema-core.ts)
 * and the rounds' and courses' tables (schema-rounds.ts). A course's work
 * (calendars, trials, self-analysis, change model) is in schema-course-work.ts.
 */
export * from './schema-core.js';
export * from './schema-rounds.js';
