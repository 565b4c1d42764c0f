/**
 * Who reads and who writes a course's work, as the matrix expects it: one
 * definition for every table of course-work routes, so a role that comes to
 * read (or stops reading) courses changes one line.
 */

/** Everyone who reads a course and its meetings, self-analysis, change model, schedule and documents. */
export const COURSE_READERS = [
  'national_admin',
  'consultant',
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
] as const;

/** Who leads the course's work: writes the self-analysis and the change model, approves minutes. */
export const COURSE_LEADS = ['consultant', 'coordinator', 'daycare_chief'] as const;

/** Who runs a meeting: agenda, participants, minutes, status and attachments. */
export const MEETING_RUNNERS = ['consultant', 'coordinator'] as const;

/** Who agrees and changes trials (the leader for the institution's working group). */
export const TRIAL_KEEPERS = ['consultant', 'coordinator', 'daycare_leader'] as const;

/** Who records and deletes an indicator's measurements. */
export const MEASUREMENT_RECORDERS = ['consultant', 'coordinator', 'daycare_chief', 'daycare_leader'] as const;
