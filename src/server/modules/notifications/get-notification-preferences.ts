import {
  DEFAULT_NOTIFICATION_DELIVERY,
  MANDATORY_NOTIFICATION_KINDS,
  NOTIFICATION_KINDS,
  type NotificationPreferencesResponse,
} from '../../../shared/contracts/notifications.js';
import type { Context } from '../../core/context.js';
import * as repo from './repository.js';

/** The person's own choice per kind (the default where they have not chosen; mandatory kinds always at once). */
export async function getNotificationPreferences(ctx: Context): Promise<NotificationPreferencesResponse> {
  const stored = await repo.preferencesOf(ctx.tx, [ctx.actor.userId]);
  const chosen = new Map(stored.map((p) => [p.kind, p.delivery]));
  return {
    items: NOTIFICATION_KINDS.map((kind) => {
      const mandatory = MANDATORY_NOTIFICATION_KINDS.includes(kind);
      return {
        kind,
        delivery: mandatory ? 'immediate' : (chosen.get(kind) ?? DEFAULT_NOTIFICATION_DELIVERY[kind]),
        mandatory,
      };
    }),
  };
}
