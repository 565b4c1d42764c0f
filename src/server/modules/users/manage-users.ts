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
import { deleteSessionsOfUser, sendPasswordLink, type LinkSettings } from '../auth/index.js';
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
    items: await presentUsers(tx, actor, rows, ctx.now),
    page: { page: query.page, pageSize: query.pageSize, total },
  };
}

export async function readUser(ctx: Context, id: string): Promise<User> {
  const { tx, actor } = ctx;
  const row = await repo.findUser(tx, userScope(actor), id);
  if (!row) throw notFound();
  const [user] = await presentUsers(tx, actor, [row], ctx.now);
  if (!user) throw notFound();
  return user;
}

/**
 * Creates a user with a first role. Through the API the user is invited: the
 * stored hash is of a random secret nobody knows, and a one-time link to
 * choose a password is mailed in this transaction (docs/adr/0028). The
 * operator's CLI sets a password instead, which may have to be changed at
 * first login. The caller hashes either (argon2 is slow; not inside the transaction).
 */
export async function createUser(
  ctx: Context,
  input: z.infer<typeof CreateUserRequest>,
  credentials: { passwordHash: string } & (
    { invite: LinkSettings; mustChangePassword?: undefined } | { invite?: undefined; mustChangePassword: boolean }
  ),
): Promise<User> {
  const { tx, actor } = ctx;
  const assignment = await validateAssignment(tx, actor, input.assignment, null);
  const id = await repo.insertUser(tx, {
    email: input.email,
    name: input.name,
    passwordHash: credentials.passwordHash,
    mustChangePassword: credentials.mustChangePassword ?? false,
  });
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
  if (credentials.invite) {
    await sendPasswordLink(tx, actor, { id, email: input.email, name: input.name }, 'invitation', {
      settings: credentials.invite,
      now: ctx.now,
      municipalityCode: assignment.municipalityCode,
    });
  }
  return readUser(ctx, id);
}

/**
 * A new link to set a password, mailed to a user the actor fully reaches: an
 * invitation again when they have never logged in, otherwise a reset. Older
 * links stop working; the current password and sessions are left alone (a
 * link nobody uses changes nothing). Nobody sends one to themselves here:
 * "Glemt adgangskode" is for that.
 */
export async function sendUserPasswordLink(ctx: Context, id: string, settings: LinkSettings): Promise<User> {
  const { tx, actor } = ctx;
  refuseSelf(actor, id, 'Du kan ikke sende dig selv et link her. Brug »Glemt adgangskode« på log ind-siden.');
  const { row, held } = await loadManagedAccount(ctx, id);
  if (!row.active) {
    throw new AppError('bad_request', { detail: 'Brugeren er deaktiveret. Aktivér brugeren, før du sender et link.' });
  }
  const purpose = row.lastLoginAt ? 'reset' : 'invitation';
  const municipalityCode = held.find((a) => a.municipalityCode)?.municipalityCode ?? null;
  await sendPasswordLink(tx, actor, row, purpose, { settings, now: ctx.now, municipalityCode });
  return readUser(ctx, id);
}

/**
 * Name and active, only on an account the actor fully reaches. Nobody sets
 * another person's password: they get a link (sendUserPasswordLink).
 */
export async function updateUser(ctx: Context, id: string, input: z.infer<typeof UpdateUserRequest>) {
  const { tx, actor } = ctx;
  const { row: current } = await loadManagedAccount(ctx, id);
  if (current.version !== input.version) throw new AppError('version_conflict');
  const changes: repo.UserChanges = {};
  if (input.name !== undefined && input.name !== current.name) changes.name = input.name;
  if (input.active !== undefined && input.active !== current.active) changes.active = input.active;
  if (id === actor.userId && changes.active === false) {
    throw new AppError('forbidden', { detail: 'Du kan ikke deaktivere dig selv.' });
  }
  if (!(await repo.updateUser(tx, id, input.version, changes, ctx.now))) throw new AppError('version_conflict');
  // A deactivated user's open sessions end.
  if (changes.active === false) await deleteSessionsOfUser(tx, id);
  const changedFields = Object.keys(changes);
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
