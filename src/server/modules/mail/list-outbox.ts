import type { ListOutboxResponse, OutboxStatus } from '../../../shared/contracts/decisions.js';
import type { Context } from '../../core/context.js';
import { pageOf } from '../../db/keyset.js';
import { withPublicUrl, type MailSettings } from './mailer.js';
import * as repo from './repository.js';

/**
 * `/udbakke`: the outbox newest first, a keyset page at a time, optionally only
 * one status (the task "e-mails fejlede" opens the failed ones). No count of the
 * whole outbox: it grows with every notification.
 */
export async function listOutbox(
  ctx: Context,
  query: { status?: OutboxStatus | undefined; cursor?: readonly [string, string] | undefined; limit: number },
  mail: MailSettings & { smtpConfigured: boolean },
): Promise<ListOutboxResponse> {
  const fetched = await repo.listMessages(ctx.tx, {
    ...(query.status ? { status: query.status } : {}),
    ...(query.cursor ? { after: query.cursor } : {}),
    limit: query.limit,
  });
  const { rows, nextCursor } = pageOf('outbox', fetched, query.limit, (m) => [m.createdKey, m.id]);
  return {
    items: rows.map((m) => ({
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      body: withPublicUrl(m.body, mail),
      createdAt: m.createdAt.toISOString(),
      status: m.status,
      sentAt: m.sentAt?.toISOString() ?? null,
      error: m.error,
      attempts: m.attempts,
    })),
    nextCursor,
    smtpConfigured: mail.smtpConfigured,
  };
}
