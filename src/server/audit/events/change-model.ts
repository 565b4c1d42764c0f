/** Typed details of the change-model events (shared/audit-actions/change-model.ts). */
export interface ChangeModelAuditDetails {
  'change_model.save': { version: number; changedFields: string[] };
  'change_model.save_conflict': { baseVersion: number; currentVersion: number; conflictId: string };
  'change_model.conflict_dismissed': { conflictId: string };
  'indicator.measure': { indicatorKey: string; measuredOn: string; measurementId: string };
  'indicator.measurement_delete': { indicatorKey: string; measurementId: string };
}
