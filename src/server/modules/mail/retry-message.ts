import { writeAudit } from '../../audit/write-audit.js';
import type { Context } from '../../core/context.js';
import { AppError, notFound } from '../../core/errors.js';
import * as repo from './repository.js';

/**
 * "Send igen": a message that failed (five attempts, or an address the SMTP
 * server refused) goes back in the queue with a fresh round of attempts; the
 * route's delivery after the commit sends it when SMTP is set up. Audited with
 * the error it had. Only a failed message: a sent one is never sent twice.
 */
export async function retryMessage(ctx: Context, id: string): Promise<void> {
  const before = await repo.requeueFailed(ctx.tx, id);
  if (!before) throw (await repo.messageExists(ctx.tx, id)) ? new AppError('outbox_not_failed') : notFound();
  await writeAudit(ctx.tx, ctx.actor, {
    action: 'outbox.retry',
    entityType: 'outbox',
    entityId: id,
    details: { to: before.toAddress, attempts: before.attempts, error: before.error },
  });
}
