/** Typed details of the self-analysis events (shared/audit-actions/self-analysis.ts). */
export interface SelfAnalysisAuditDetails {
  'self_analysis.save': { fromVersion: number; changedSections: string[] };
  'self_analysis.save_conflict': { baseVersion: number; currentVersion: number; conflictId: string };
  'self_analysis.conflict_dismissed': { conflictId: string };
  'self_analysis.present': { version: number };
  'self_analysis.reopen': { version: number };
}
