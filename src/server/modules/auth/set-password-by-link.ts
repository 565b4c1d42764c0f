import { eq, sql } from 'drizzle-orm';
import { writeAudit } from '../../audit/write-audit.js';
import type { Db } from '../../db/client.js';
import { roleAssignments, sessions, users } from '../../db/schema.js';
import { AppError } from '../../core/errors.js';
import { inActorTx } from '../../core/transaction.js';
import { hashPassword } from './password.js';
import { assertPasswordAllowed } from './password-policy.js';
import { consumeLink, deleteLinksOfUser, findLiveLink } from './password-links.js';
import { settleSuccess } from './throttle.js';

async function refuse(db: Db, ip: string | null, step: 'check' | 'set'): Promise<never> {
  await inActorTx(db, null, (tx) =>
    writeAudit(tx, { ip }, { action: 'auth.password_link_refused', details: { step } }),
  );
  throw new AppError('password_link_invalid');
}

/** What the page shows before the form: whose link it is and what for. Nothing is used up. */
export async function checkPasswordLink(db: Db, token: string, ip: string | null, now: Date) {
  const link = await inActorTx(db, null, (tx) => findLiveLink(tx, token, now));
  if (!link) return refuse(db, ip, 'check');
  return { purpose: link.purpose, email: link.email, name: link.name, expiresAt: link.expiresAt.toISOString() };
}

/**
 * Sets the password of the link's user and uses the link up. The policy is
 * checked first, so a refused password leaves the link working. Every session
 * of the user ends (whoever knew the old password is out) and they log in
 * with the new one – the link itself logs nobody in (docs/adr/0028).
 */
export async function setPasswordByLink(
  db: Db,
  input: { token: string; newPassword: string },
  ip: string | null,
  now: Date,
): Promise<{ email: string }> {
  const link = await inActorTx(db, null, (tx) => findLiveLink(tx, input.token, now));
  if (!link) return refuse(db, ip, 'set');
  assertPasswordAllowed(input.newPassword, { email: link.email, name: link.name }, 'newPassword', true);
  const passwordHash = await hashPassword(input.newPassword);
  const done = await inActorTx(db, null, async (tx) => {
    const used = await consumeLink(tx, input.token, now);
    if (!used || used.userId !== link.userId) return null;
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: now })
      .where(eq(users.id, used.userId));
    await deleteLinksOfUser(tx, used.userId);
    const ended = await tx.delete(sessions).where(eq(sessions.userId, used.userId)).returning({ id: sessions.id });
    // The person proved they read the account's mail: a count of failed logins starts over.
    await settleSuccess(tx, link.email, null);
    const [assignment] = await tx
      .select({ municipalityCode: roleAssignments.municipalityCode })
      .from(roleAssignments)
      .where(eq(roleAssignments.userId, used.userId));
    await writeAudit(
      tx,
      { ip },
      {
        action: 'auth.password_set_by_link',
        entityType: 'user',
        entityId: used.userId,
        municipalityCode: assignment?.municipalityCode ?? null,
        details: { purpose: used.purpose, sessionsEnded: ended.length },
      },
    );
    return { email: link.email };
  });
  return done ?? refuse(db, ip, 'set');
}
