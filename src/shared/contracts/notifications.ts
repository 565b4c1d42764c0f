import { z } from 'zod';

/**
 * Notifications by e-mail (issue 11, point 2; ADR 33): the kinds a person is
 * notified of, and how each reaches them – at once, in a daily digest, or
 * never. Decisions and agreements are mandatory: always sent at once.
 */
export const NOTIFICATION_KINDS = [
  'application_receipt',
  'assessor_assigned',
  'round_opened',
  'decision',
  'agreement',
  'meeting',
  'minutes_approved',
  'reminder',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NotificationDelivery = z.enum(['immediate', 'digest', 'never']);
export type NotificationDelivery = z.infer<typeof NotificationDelivery>;

/** Kinds that cannot be switched off or put in the digest. */
export const MANDATORY_NOTIFICATION_KINDS: readonly NotificationKind[] = ['decision', 'agreement'];

/** A person's delivery until they choose: at once, except open rounds (opt-in). */
export const DEFAULT_NOTIFICATION_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  application_receipt: 'immediate',
  assessor_assigned: 'immediate',
  round_opened: 'never',
  decision: 'immediate',
  agreement: 'immediate',
  meeting: 'immediate',
  minutes_approved: 'immediate',
  reminder: 'immediate',
};

export const NotificationPreference = z.strictObject({
  kind: NotificationKind,
  delivery: NotificationDelivery,
  /** True for the mandatory kinds: always 'immediate'. */
  mandatory: z.boolean(),
});

export const NotificationPreferencesResponse = z.strictObject({
  items: z.array(NotificationPreference),
});
export type NotificationPreferencesResponse = z.infer<typeof NotificationPreferencesResponse>;

export const UpdateNotificationPreferencesRequest = z.strictObject({
  items: z
    .array(z.strictObject({ kind: NotificationKind, delivery: NotificationDelivery }))
    .min(1)
    .max(NOTIFICATION_KINDS.length),
});
export type UpdateNotificationPreferencesRequest = z.infer<typeof UpdateNotificationPreferencesRequest>;
