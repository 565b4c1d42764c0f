/** Typed details of the read events (shared/audit-actions/reads.ts): which record and version, never its content. */
export interface ReadAuditDetails {
  'application.read': { version: number };
  'application.receipt_read': { version: number };
  'file.download': { purpose: 'director_commitment' | 'signed_agreement'; applicationId: string };
  'agreement.read': { format: 'json' | 'docx' | 'pdf' };
  'decision.letter_read': { format: 'docx' | 'pdf' };
  /** `trialLogsOf`: the trials whose logs the meeting's page showed (the group's earlier trials). */
  'meeting.read': { courseId: string; minutesVersion: number; trialLogsOf: string[] };
  'trial.read': { courseId: string; logs: number };
  'self_analysis.read': { format: 'json' | 'pdf'; version: number };
  /** The record's kind, how many people were named and how many more there were. */
  'readers.read': { kind: string; named: number; more: number };
  'decision.preview_read': { format: 'json' | 'docx' | 'pdf'; letters: number };
}
