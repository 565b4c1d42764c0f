import type { z } from 'zod';
import type { ChangePasswordRequest } from '../../../shared/contracts/auth.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Db } from '../../db/client.js';
import { type Actor } from '../../core/actor.js';
import { inActorTx } from '../../core/transaction.js';
import { AppError } from '../../core/errors.js';
import { passwordHashOf, setOwnPassword } from './account-repository.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertPasswordAllowed } from './password-policy.js';
import { deleteOtherSessionsOfUser, type LoadedSession } from './session-repository.js';
import { reserveAttempt, settleSuccess, throttleKeys } from './throttle.js';

/**
 * A person sets their own password, knowing the current one. It is how a
 * password someone else set (user management, docs/adr/0011) is replaced: until
 * then the session can do nothing else. Other sessions of the person end; this
 * one goes on. A wrong current password is audited and changes nothing.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  session: LoadedSession,
  input: z.infer<typeof ChangePasswordRequest>,
  now: Date,
): Promise<void> {
  const keys = throttleKeys(actor.email, actor.ip);
  // Counted before the password is checked, so parallel guesses cannot outrun the count.
  const reserved = await inActorTx(db, actor, async (tx) => {
    const r = await reserveAttempt(tx, keys, now);
    if (!r.ok) {
      await writeAudit(tx, actor, {
        action: 'auth.password_change_throttled',
        entityType: 'user',
        entityId: actor.userId,
        details: { retryAfterSeconds: r.retryAfterSeconds },
      });
      return r;
    }
    return { ...r, stored: await passwordHashOf(tx, actor.userId) };
  });
  if (!reserved.ok) {
    throw new AppError('login_throttled', { headers: { 'retry-after': String(reserved.retryAfterSeconds) } });
  }
  if (!(await verifyPassword(reserved.stored, input.currentPassword))) {
    await inActorTx(db, actor, (tx) =>
      writeAudit(tx, actor, {
        action: 'auth.password_change_failed',
        entityType: 'user',
        entityId: actor.userId,
        details: { reason: 'wrong_password' },
      }),
    );
    throw new AppError('wrong_password', {
      errors: [{ field: 'currentPassword', message: 'Den nuværende adgangskode er forkert' }],
    });
  }
  // The person knows their password: the attempt is given back, whatever becomes of the new one.
  await inActorTx(db, actor, (tx) => settleSuccess(tx, actor.email, actor.ip));
  if (input.newPassword === input.currentPassword) {
    throw new AppError('validation_failed', {
      errors: [{ field: 'newPassword', message: 'Den nye adgangskode skal være en anden end den nuværende' }],
    });
  }
  assertPasswordAllowed(input.newPassword, { email: actor.email, name: actor.name }, 'newPassword', true);
  const passwordHash = await hashPassword(input.newPassword);
  await inActorTx(db, actor, async (tx) => {
    await setOwnPassword(tx, actor.userId, passwordHash);
    await deleteOtherSessionsOfUser(tx, actor.userId, session.tokenHash);
    await writeAudit(tx, actor, {
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: actor.userId,
      details: { required: session.mustChangePassword },
    });
  });
}
