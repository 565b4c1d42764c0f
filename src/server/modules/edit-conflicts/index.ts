// Public entry of the edit-conflicts store: concurrent saves kept for the person who lost (ADR 14).

/** Keep a losing save, list the open ones of a document, put one away. */
export {
  dismissConflictingEdit,
  keepConflictingEdit,
  openConflictingEdits,
  type ConflictingEditRow,
} from './repository.js';
