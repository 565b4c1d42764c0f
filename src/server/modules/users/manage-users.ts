import type { z } from 'zod';
import type {
  AssignRoleRequest,
  CreateUserRequest,
  ListUsersQuery,
  UpdateUserRequest,
  User,
} from '../../../shared/contracts/users.js';
import { writeAudit } from '../../audit/write-audit.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/scope.js';
import { AppError, forbidden, notFound } from '../../http/errors.js';
import { canAssignRole, userScope } from '../../policy/policy.js';
import { hashPassword } from '../auth/password.js';
import { deleteSessionsOfUser } from '../auth/session-repository.js';
import { presentUsers } from './presenter.js';
import * as repo from './repository.js';
import { validateAssignment } from './validate-assignment.js';

export async function listUsers(tx: Tx, actor: Actor, query: z.infer<typeof ListUsersQuery>) {
  const scope = userScope(actor);
  const { rows, total } = await repo.searchUsers(tx, scope, query);
  return {
    items: await presentUsers(tx, scope, rows),
    page: { page: query.page, pageSize: query.pageSize, total },
  };
}

export async function readUser(tx: Tx, actor: Actor, id: string): Promise<User> {
  const scope = userScope(actor);
  const row = await repo.findUser(tx, scope, id);
  if (!row) throw notFound();
  const [user] = await presentUsers(tx, scope, [row]);
  if (!user) throw notFound();
  return user;
}

export async function createUser(
  tx: Tx,
  actor: Actor,
  input: z.infer<typeof CreateUserRequest>,
  passwordHash: string,
): Promise<User> {
  const assignment = await validateAssignment(tx, actor, input.assignment, null);
  const id = await repo.insertUser(tx, { email: input.email, name: input.name, passwordHash });
  if (!id) throw new AppError('email_taken', { errors: [{ field: 'email', message: 'E-mailen er allerede i brug' }] });
  await repo.insertAssignment(tx, { userId: id, ...assignment, createdBy: actor.userId });
  await writeAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: id, details: { email: input.email } });
  await writeAudit(tx, actor, {
    action: 'role.assign',
    entityType: 'user',
    entityId: id,
    municipalityCode: assignment.municipalityCode,
    details: { userId: id, ...assignment },
  });
  return readUser(tx, actor, id);
}

export async function updateUser(tx: Tx, actor: Actor, id: string, input: z.infer<typeof UpdateUserRequest>) {
  const current = await repo.findUser(tx, userScope(actor), id);
  if (!current) throw notFound();
  if (current.version !== input.version) throw new AppError('version_conflict');
  const changes: Partial<{ name: string; active: boolean; passwordHash: string }> = {};
  if (input.name !== undefined && input.name !== current.name) changes.name = input.name;
  if (input.active !== undefined && input.active !== current.active) changes.active = input.active;
  if (input.password !== undefined) changes.passwordHash = await hashPassword(input.password);
  if (id === actor.userId && changes.active === false) {
    throw new AppError('forbidden', { detail: 'Du kan ikke deaktivere dig selv.' });
  }
  if (!(await repo.updateUser(tx, id, input.version, changes))) throw new AppError('version_conflict');
  // A deactivated user or a new password ends every open session of that user.
  if (changes.active === false || changes.passwordHash) await deleteSessionsOfUser(tx, id);
  await writeAudit(tx, actor, {
    action: 'user.update',
    entityType: 'user',
    entityId: id,
    details: { changedFields: Object.keys(changes).map((k) => (k === 'passwordHash' ? 'password' : k)) },
  });
  return readUser(tx, actor, id);
}

export async function assignRole(tx: Tx, actor: Actor, userId: string, input: z.infer<typeof AssignRoleRequest>) {
  if (!(await repo.findUser(tx, userScope(actor), userId))) throw notFound();
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
  return readUser(tx, actor, userId);
}

export async function revokeRole(tx: Tx, actor: Actor, userId: string, assignmentId: string) {
  if (!(await repo.findUser(tx, userScope(actor), userId))) throw notFound();
  const all = await repo.allAssignmentsOfUser(tx, userId);
  const target = all.find((a) => a.id === assignmentId);
  const scope = userScope(actor);
  if (!target || (scope !== 'all' && !scope.includes(target.municipalityCode ?? ''))) throw notFound();
  if (!canAssignRole(actor, target.role, target.municipalityCode)) throw forbidden();
  if (all.length === 1) throw new AppError('last_assignment');
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
  return readUser(tx, actor, userId);
}
