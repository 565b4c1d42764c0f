import type { z } from 'zod';
import type {
  AssignRoleRequest,
  CreateUserRequest,
  ListUsersQuery,
  UpdateUserRequest,
  User,
} from '../../../shared/contracts/users.js';
import { writeAudit } from '../../audit/write-audit.js';
import { AppError, notFound } from '../../core/errors.js';
import { hashPassword, assertPasswordAllowed, deleteSessionsOfUser } from '../auth/index.js';
import { loadManagedAccount, refuseSelf } from './account-access.js';
import { presentUsers } from './presenter.js';
import * as repo from './repository.js';
import { validateAssignment } from './validate-assignment.js';
import type { Context } from '../../core/context.js';
import { userScope } from '../../access/index.js';

export async function listUsers(ctx: Context, query: z.infer<typeof ListUsersQuery>) {
  const { tx, actor } = ctx;
  const { rows, total } = await repo.searchUsers(tx, userScope(actor), query);
  return {
    items: await presentUsers(tx, actor, rows),
    page: { page: query.page, pageSize: query.pageSize, total },
  };
}

export async function readUser(ctx: Context, id: string): Promise<User> {
  const { tx, actor } = ctx;
  const row = await repo.findUser(tx, userScope(actor), id);
  if (!row) throw notFound();
  const [user] = await presentUsers(tx, actor, [row]);
  if (!user) throw notFound();
  return user;
}

/**
 * Creates a user with a first role. The password was checked against the
 * policy and hashed by the caller; it was set by someone else, so by default
 * the user must choose their own at first login (the CLI may say otherwise).
 */
export async function createUser(
  ctx: Context,
  input: z.infer<typeof CreateUserRequest>,
  passwordHash: string,
  options: { mustChangePassword: boolean } = { mustChangePassword: true },
): Promise<User> {
  const { tx, actor } = ctx;
  const assignment = await validateAssignment(tx, actor, input.assignment, null);
  const id = await repo.insertUser(tx, { email: input.email, name: input.name, passwordHash, ...options });
  if (!id) throw new AppError('email_taken', { errors: [{ field: 'email', message: 'E-mailen er allerede i brug' }] });
  await repo.insertAssignment(tx, { userId: id, ...assignment, createdBy: actor.userId });
  await writeAudit(tx, actor, {
    action: 'user.create',
    entityType: 'user',
    entityId: id,
    details: { email: input.email },
  });
  await writeAudit(tx, actor, {
    action: 'role.assign',
    entityType: 'user',
    entityId: id,
    municipalityCode: assignment.municipalityCode,
    details: { userId: id, ...assignment },
  });
  return readUser(ctx, id);
}

/**
 * Name, active and a new password, only on an account the actor fully reaches.
 * A password set here is someone else's choice: the user must change it at
 * next login, and every open session of theirs ends.
 */
export async function updateUser(ctx: Context, id: string, input: z.infer<typeof UpdateUserRequest>) {
  const { tx, actor } = ctx;
  if (input.password !== undefined) {
    refuseSelf(
      actor,
      id,
      'Du kan ikke sætte din egen adgangskode her. Brug »Skift adgangskode«, hvor du også skriver den nuværende.',
    );
  }
  const { row: current } = await loadManagedAccount(ctx, id);
  if (current.version !== input.version) throw new AppError('version_conflict');
  const changes: repo.UserChanges = {};
  if (input.name !== undefined && input.name !== current.name) changes.name = input.name;
  if (input.active !== undefined && input.active !== current.active) changes.active = input.active;
  if (input.password !== undefined) {
    assertPasswordAllowed(input.password, { email: current.email, name: input.name ?? current.name }, 'password');
    changes.passwordHash = await hashPassword(input.password);
    changes.mustChangePassword = true;
  }
  if (id === actor.userId && changes.active === false) {
    throw new AppError('forbidden', { detail: 'Du kan ikke deaktivere dig selv.' });
  }
  if (!(await repo.updateUser(tx, id, input.version, changes, ctx.now))) throw new AppError('version_conflict');
  // A deactivated user or a new password ends every open session of that user.
  if (changes.active === false || changes.passwordHash) await deleteSessionsOfUser(tx, id);
  const changedFields = Object.keys(changes)
    .filter((k) => k !== 'mustChangePassword')
    .map((k) => (k === 'passwordHash' ? 'password' : k));
  await writeAudit(tx, actor, { action: 'user.update', entityType: 'user', entityId: id, details: { changedFields } });
  return readUser(ctx, id);
}

export async function assignRole(ctx: Context, userId: string, input: z.infer<typeof AssignRoleRequest>) {
  const { tx, actor } = ctx;
  refuseSelf(actor, userId, 'Du kan ikke tildele dig selv en rolle. Bed en anden administrator om det.');
  await loadManagedAccount(ctx, userId);
  const assignment = await validateAssignment(tx, actor, input, userId);
  const id = await repo.insertAssignment(tx, { userId, ...assignment, createdBy: actor.userId });
  if (!id) throw new AppError('assignment_exists');
  await writeAudit(tx, actor, {
    action: 'role.assign',
    entityType: 'user',
    entityId: userId,
    municipalityCode: assignment.municipalityCode,
    details: { userId, ...assignment },
  });
  return readUser(ctx, userId);
}

export async function revokeRole(ctx: Context, userId: string, assignmentId: string) {
  const { tx, actor } = ctx;
  const { held } = await loadManagedAccount(ctx, userId);
  const target = held.find((a) => a.id === assignmentId);
  if (!target) throw notFound();
  if (held.length === 1) throw new AppError('last_assignment');
  await repo.deleteAssignment(tx, assignmentId);
  await writeAudit(tx, actor, {
    action: 'role.revoke',
    entityType: 'user',
    entityId: userId,
    municipalityCode: target.municipalityCode,
    details: {
      userId,
      role: target.role,
      municipalityCode: target.municipalityCode,
      institutionId: target.institutionId,
    },
  });
  return readUser(ctx, userId);
}
