/** Typed details of the notification events (shared/audit-actions/notifications.ts). */
export interface NotificationAuditDetails {
  /** The kinds whose delivery changed, with the new delivery. */
  'notification.preferences_update': { changed: { kind: string; delivery: string }[] };
  /** The failed message's recipient and the error it failed with. */
  'outbox.retry': { to: string; attempts: number; error: string | null };
}
