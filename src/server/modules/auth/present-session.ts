import { asc, eq } from 'drizzle-orm';
import type { SessionResponse } from '../../../shared/contracts/auth.js';
import { permissionsOf } from '../../../shared/permissions.js';
import { ROLES } from '../../../shared/roles.js';
import type { Tx } from '../../db/client.js';
import { institutions, municipalities, roleAssignments } from '../../db/schema.js';
import type { Actor } from '../../db/scope.js';

export async function listAssignmentsOf(tx: Tx, userId: string) {
  return tx
    .select({
      id: roleAssignments.id,
      role: roleAssignments.role,
      municipalityCode: roleAssignments.municipalityCode,
      municipalityName: municipalities.name,
      institutionId: roleAssignments.institutionId,
      institutionName: institutions.name,
    })
    .from(roleAssignments)
    .leftJoin(municipalities, eq(municipalities.code, roleAssignments.municipalityCode))
    .leftJoin(institutions, eq(institutions.id, roleAssignments.institutionId))
    .where(eq(roleAssignments.userId, userId))
    .orderBy(asc(roleAssignments.role), asc(municipalities.name), asc(institutions.name));
}

export async function presentSession(
  tx: Tx,
  actor: Actor,
  csrfToken: string,
  idleMinutes: number,
): Promise<SessionResponse> {
  const assignments = await listAssignmentsOf(tx, actor.userId);
  const own = assignments.find((a) => a.role === actor.role && a.municipalityCode);
  const held = new Set(assignments.map((a) => a.role));
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email },
    role: actor.role,
    roles: ROLES.filter((r) => held.has(r)),
    assignments: assignments.map(({ id: _id, ...a }) => a),
    municipality: own?.municipalityCode ? { code: own.municipalityCode, name: own.municipalityName ?? '' } : null,
    institutionIds: actor.institutionIds,
    permissions: permissionsOf(actor.role),
    csrfToken,
    idleTimeoutSeconds: idleMinutes * 60,
  };
}
