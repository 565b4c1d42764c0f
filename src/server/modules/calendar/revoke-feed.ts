import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import * as repo from './repository.js';

/** Stops the caller's subscription: its address answers 404 from now on. Nothing live = nothing to do. */
export async function revokeFeed(tx: Tx, actor: Actor): Promise<void> {
  await repo.lockUser(tx, actor.userId);
  for (const feedId of await repo.revokeFeedsOf(tx, actor.userId)) {
    await writeAudit(tx, actor, { action: 'calendar.feed_revoke', entityType: 'calendar_feed', entityId: feedId, details: { feedId } });
  }
}
