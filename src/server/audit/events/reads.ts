/** Typed details of the read events (shared/audit-actions/reads.ts): which record and version, never its content. */
export interface ReadAuditDetails {
  'application.read': { version: number };
  'application.receipt_read': { version: number };
  'file.download': { purpose: 'director_commitment' | 'signed_agreement'; applicationId: string };
  'agreement.read': { format: 'json' | 'docx' | 'pdf' };
  'decision.letter_read': { format: 'docx' | 'pdf' };
  /** `trialLogsOf`: the trials whose logs the meeting's page showed (the group's earlier trials). */
  /** `format`: the agenda and minutes downloaded as a document (issue 11), not the page. */
  'meeting.read': { courseId: string; minutesVersion: number; trialLogsOf: string[]; format?: 'pdf' | 'docx' };
  'trial.read': { courseId: string; logs: number };
  'self_analysis.read': { format: 'json' | 'pdf'; version: number };
  /** The record's kind, how many people were named and how many more there were. */
  'readers.read': { kind: string; named: number; more: number };
  'decision.preview_read': { format: 'json' | 'docx' | 'pdf'; letters: number };
  /** Which export and how many rows it held (never their content). */
  'export.xlsx': { kind: 'round_selection' | 'course_meetings' | 'change_model'; rows: number };
}
