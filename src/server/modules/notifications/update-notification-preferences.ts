import {
  MANDATORY_NOTIFICATION_KINDS,
  type NotificationPreferencesResponse,
  type UpdateNotificationPreferencesRequest,
} from '../../../shared/contracts/notifications.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Context } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { getNotificationPreferences } from './get-notification-preferences.js';
import * as repo from './repository.js';

/**
 * Saves the person's own choices. A mandatory kind (decisions, agreements) may
 * only be "at once": anything else is refused and nothing is saved.
 */
export async function updateNotificationPreferences(
  ctx: Context,
  input: UpdateNotificationPreferencesRequest,
): Promise<NotificationPreferencesResponse> {
  const refused = input.items.findIndex(
    (i) => MANDATORY_NOTIFICATION_KINDS.includes(i.kind) && i.delivery !== 'immediate',
  );
  if (refused >= 0)
    throw new AppError('notification_mandatory', {
      errors: [{ field: `items.${refused}.delivery`, message: 'Kan ikke fravælges' }],
    });
  const before = await getNotificationPreferences(ctx);
  const wanted = new Map(input.items.map((i) => [i.kind, i.delivery]));
  const changed = before.items.flatMap((p) => {
    const delivery = wanted.get(p.kind);
    return delivery && delivery !== p.delivery && !p.mandatory ? [{ kind: p.kind, delivery }] : [];
  });
  await repo.savePreferences(ctx.tx, ctx.actor.userId, changed, ctx.now);
  if (changed.length > 0)
    await writeAudit(ctx.tx, ctx.actor, {
      action: 'notification.preferences_update',
      entityType: 'user',
      entityId: ctx.actor.userId,
      details: { changed },
    });
  return getNotificationPreferences(ctx);
}
