import type { CalendarFeedStatus } from '../../../shared/contracts/calendar.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../core/actor.js';
import * as repo from './repository.js';

/** Whether the caller has a live subscription, when it was made and last read – never its address. */
export async function readFeedStatus(tx: Tx, actor: Actor): Promise<CalendarFeedStatus> {
  const feed = await repo.findActiveFeedOf(tx, actor.userId);
  return {
    active: feed !== null,
    createdAt: feed?.createdAt.toISOString() ?? null,
    lastUsedAt: feed?.lastUsedAt?.toISOString() ?? null,
  };
}
