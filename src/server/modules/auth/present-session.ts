import type { SessionResponse } from '../../../shared/contracts/auth.js';
import { permissionsOf } from '../../../shared/permissions.js';
import { ROLES } from '../../../shared/roles.js';
import type { Tx } from '../../db/client.js';
import { assignmentsOf } from './account-repository.js';
import type { Context } from '../../core/context.js';

/** All of a user's role assignments, whatever the active role. */
export function listAssignmentsOf(tx: Tx, userId: string) {
  return assignmentsOf(tx, 'all', [userId]);
}

export async function presentSession(
  ctx: Context,
  csrfToken: string,
  idleMinutes: number,
  mustChangePassword: boolean,
): Promise<SessionResponse> {
  const { tx, actor } = ctx;
  const assignments = await listAssignmentsOf(tx, actor.userId);
  const own = assignments.find((a) => a.role === actor.role && a.municipalityCode);
  const held = new Set(assignments.map((a) => a.role));
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email },
    role: actor.role,
    roles: ROLES.filter((r) => held.has(r)),
    assignments: assignments.map(({ id: _id, userId: _userId, ...a }) => a),
    municipality: own?.municipalityCode ? { code: own.municipalityCode, name: own.municipalityName ?? '' } : null,
    institutionIds: actor.institutionIds,
    permissions: permissionsOf(actor.role),
    csrfToken,
    idleTimeoutSeconds: idleMinutes * 60,
    mustChangePassword,
  };
}
