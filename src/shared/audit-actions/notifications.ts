/** A person's own notification choices (issue 11, point 2). */
export const NOTIFICATION_AUDIT_ACTIONS = {
  'notification.preferences_update': 'change',
  /** A failed e-mail put back in the outbox to be sent again. */
  'outbox.retry': 'change',
} as const;
