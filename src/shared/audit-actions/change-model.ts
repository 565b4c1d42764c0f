/** Audited events of the change model and its indicators (issue 4). */
export const CHANGE_MODEL_AUDIT_ACTIONS = {
  'change_model.save': 'change',
  'change_model.save_conflict': 'change',
  'change_model.conflict_dismissed': 'change',
  'indicator.measure': 'change',
  'indicator.measurement_delete': 'change',
} as const;
