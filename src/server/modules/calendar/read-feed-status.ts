import type { CalendarFeedStatus } from '../../../shared/contracts/calendar.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/** Whether the caller has a live subscription, when it was made and last read – never its address. */
export async function readFeedStatus(ctx: Context): Promise<CalendarFeedStatus> {
  const { tx, actor } = ctx;
  const feed = await repo.findActiveFeedOf(tx, actor.userId);
  return {
    active: feed !== null,
    createdAt: feed?.createdAt.toISOString() ?? null,
    lastUsedAt: feed?.lastUsedAt?.toISOString() ?? null,
  };
}
