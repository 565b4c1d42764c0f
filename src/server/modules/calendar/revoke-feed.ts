import { writeAudit } from '../../audit/write-audit.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/** Stops the caller's subscription: its address answers 404 from now on. Nothing live = nothing to do. */
export async function revokeFeed(ctx: Context): Promise<void> {
  const { tx, actor } = ctx;
  await repo.lockUser(tx, actor.userId);
  for (const feedId of await repo.revokeFeedsOf(tx, actor.userId, ctx.now)) {
    await writeAudit(tx, actor, {
      action: 'calendar.feed_revoke',
      entityType: 'calendar_feed',
      entityId: feedId,
      details: { feedId },
    });
  }
}
