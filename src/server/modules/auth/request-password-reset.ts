import { eq } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.js';
import type { Db } from '../../db/client.js';
import { roleAssignments, users } from '../../db/schema.js';
import { inActorTx } from '../../core/transaction.js';
import { enqueue } from '../mail/index.js';
import { issuePasswordLink, passwordLinkMessage, type LinkSettings } from './password-links.js';
import { reserveAttempt, throttleKeys, type ThrottleKey } from './throttle.js';

export type ResetOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * "Glemt adgangskode": whatever the address, the answer is the same; only an
 * active account gets a mail with a one-time link (docs/adr/0028). Requests
 * are throttled as logins are (5 per address asked for, 20 per client address
 * in 15 minutes, then a doubling wait), under keys of their own, so asking for
 * resets never locks anyone out of logging in. Every request counts: there is
 * no "right answer" that gives an attempt back.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string | null },
  now: Date,
  settings: LinkSettings,
): Promise<ResetOutcome> {
  const keys: ThrottleKey[] = throttleKeys(input.email, input.ip).map((k) => ({ ...k, value: `reset:${k.value}` }));
  const caller = { ip: input.ip };
  return inActorTx(db, null, async (tx) => {
    const reserved = await reserveAttempt(tx, keys, now);
    if (!reserved.ok) {
      await writeAudit(tx, caller, {
        action: 'auth.password_reset_throttled',
        details: { email: input.email, retryAfterSeconds: reserved.retryAfterSeconds },
      });
      return reserved;
    }
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email, active: users.active })
      .from(users)
      .where(eq(users.email, input.email));
    const known = user !== undefined && user.active;
    const [assignment] = known
      ? await tx
          .select({ municipalityCode: roleAssignments.municipalityCode })
          .from(roleAssignments)
          .where(eq(roleAssignments.userId, user.id))
      : [];
    await writeAudit(tx, caller, {
      action: 'auth.password_reset_requested',
      entityType: known ? 'user' : null,
      entityId: known ? user.id : null,
      municipalityCode: assignment?.municipalityCode ?? null,
      details: { email: input.email, known },
    });
    if (!known) return { ok: true };
    const link = await issuePasswordLink(tx, { userId: user.id, purpose: 'reset', createdBy: null, now, settings });
    await enqueue(tx, [passwordLinkMessage({ ...user, purpose: 'reset', ...link, settings })]);
    await writeAudit(tx, caller, {
      action: 'auth.password_link_sent',
      entityType: 'user',
      entityId: user.id,
      municipalityCode: assignment?.municipalityCode ?? null,
      details: { purpose: 'reset', expiresAt: link.expiresAt.toISOString(), byAdministrator: false },
    });
    return { ok: true };
  });
}
