/** Audited events of the self-analysis (issue 4). */
export const SELF_ANALYSIS_AUDIT_ACTIONS = {
  'self_analysis.save': 'change',
  'self_analysis.save_conflict': 'change',
  'self_analysis.conflict_dismissed': 'change',
  'self_analysis.present': 'change',
  'self_analysis.reopen': 'change',
} as const;
