import type { Queryable } from '../../db/client.js';
import type { OutboxAttachment } from '../../db/schema.js';
import {
  DEFAULT_NOTIFICATION_DELIVERY,
  MANDATORY_NOTIFICATION_KINDS,
  type NotificationDelivery,
  type NotificationKind,
} from '../../../shared/contracts/notifications.js';
import { enqueue } from '../mail/index.js';
import * as repo from './repository.js';

/** One notification to one recipient. */
export interface Notification {
  kind: NotificationKind;
  /** The recipient's account; null for an address outside Indsats (always sent at once). */
  userId: string | null;
  toAddress: string;
  subject: string;
  body: string;
  /** The page's path ('/ansoegninger/…'). */
  link: string;
  attachments?: OutboxAttachment[];
}

/**
 * Writes notifications in the caller's transaction, each as its recipient chose
 * for its kind: queued in the outbox at once, held for the daily digest, or
 * dropped. Mandatory kinds and recipients without an account are always queued.
 * Returns how many went to the outbox.
 */
export async function notify(q: Queryable, now: Date, notifications: Notification[]): Promise<number> {
  if (notifications.length === 0) return 0;
  const userIds = [...new Set(notifications.flatMap((n) => (n.userId ? [n.userId] : [])))];
  const stored = await repo.preferencesOf(q, userIds);
  const chosen = new Map(stored.map((p) => [`${p.userId}/${p.kind}`, p.delivery]));
  const deliveryOf = (n: Notification): NotificationDelivery =>
    n.userId === null || MANDATORY_NOTIFICATION_KINDS.includes(n.kind)
      ? 'immediate'
      : (chosen.get(`${n.userId}/${n.kind}`) ?? DEFAULT_NOTIFICATION_DELIVERY[n.kind]);

  const atOnce = notifications.filter((n) => deliveryOf(n) === 'immediate');
  const later = notifications.filter((n) => deliveryOf(n) === 'digest');
  await repo.holdForDigest(
    q,
    later.flatMap((n) =>
      n.userId === null
        ? []
        : [
            {
              userId: n.userId,
              toAddress: n.toAddress,
              kind: n.kind,
              subject: n.subject,
              body: n.body,
              link: n.link,
              attachments: n.attachments ?? [],
              createdAt: now,
            },
          ],
    ),
  );
  return enqueue(
    q,
    atOnce.map((n) => ({
      toAddress: n.toAddress,
      subject: n.subject,
      body: n.body,
      kind: n.kind,
      userId: n.userId,
      link: n.link,
      attachments: n.attachments ?? [],
    })),
  );
}
