/**
 * Reads of records that hold personal data beyond a child's (issue 9): an
 * application, its receipt, an uploaded file, the collaboration agreement, a
 * decision letter, a meeting (minutes, participants, attendance), a trial with
 * its logs, the self-analysis. One `access` row per request, naming the
 * record – never its content. Lists that show titles, names of municipalities
 * and statuses are not logged (ADR 3).
 */
export const READ_AUDIT_ACTIONS = {
  'application.read': 'access',
  'application.receipt_read': 'access',
  'file.download': 'access',
  'agreement.read': 'access',
  'decision.letter_read': 'access',
  'meeting.read': 'access',
  'trial.read': 'access',
  'self_analysis.read': 'access',
  /** Who reads a record ("Hvem kan se dette?"): the list names people, so reading it is logged. */
  'readers.read': 'access',
  /** The admin's preview of a round's letters and e-mails before publishing (names and addresses). */
  'decision.preview_read': 'access',
  /** An Excel export (issue 11): scores and selection, a course's meetings with attendance, indicators with measurements. */
  'export.xlsx': 'access',
} as const;
