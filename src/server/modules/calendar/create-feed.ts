import type { CreateCalendarFeedResponse } from '../../../shared/contracts/calendar.js';
import { writeAudit } from '../../audit/write-audit.js';
import { hashToken, newToken } from '../auth/index.js';
import { feedUrls } from './feed-url.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/**
 * A new secret subscription address (32 random bytes, base64url); any earlier
 * one stops working. Only the token's SHA-256 is stored, so the address is
 * answered this once and can never be shown again.
 */
export async function createFeed(ctx: Context, baseUrl: string): Promise<CreateCalendarFeedResponse> {
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
  const token = newToken();
  const feed = await repo.insertFeed(tx, actor.userId, hashToken(token));
  await writeAudit(tx, actor, {
    action: 'calendar.feed_create',
    entityType: 'calendar_feed',
    entityId: feed.id,
    details: { feedId: feed.id },
  });
  return { ...feedUrls(baseUrl, token), createdAt: feed.createdAt.toISOString() };
}
