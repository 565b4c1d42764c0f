import type { z } from 'zod';
import type { ChangePasswordRequest } from '../../../shared/contracts/auth.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Db } from '../../db/client.js';
import { inActorTx, type Actor } from '../../db/scope.js';
import { AppError } from '../../http/errors.js';
import { passwordHashOf, setOwnPassword } from '../users/repository.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertPasswordAllowed } from './password-policy.js';
import { deleteOtherSessionsOfUser, type LoadedSession } from './session-repository.js';

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
): Promise<void> {
  const stored = await inActorTx(db, actor, (tx) => passwordHashOf(tx, actor.userId));
  if (!(await verifyPassword(stored, input.currentPassword))) {
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
