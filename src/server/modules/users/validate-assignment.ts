import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { AssignRoleRequest } from '../../../shared/contracts/users.js';
import { isInstitutionRole, isMunicipalRole } from '../../../shared/roles.js';
import type { Queryable } from '../../db/client.js';
import { roleAssignments } from '../../db/schema.js';
import type { Actor } from '../../core/actor.js';
import { AppError, forbidden } from '../../core/errors.js';
import { findInstitution, findMunicipality } from '../organisation/index.js';
import { canAssignRole } from '../../access/index.js';

const invalid = (field: string, message: string) =>
  new AppError('invalid_assignment', { errors: [{ field, message }] });

/**
 * Checks that a role assignment fits together and that the actor may hand it
 * out: national roles name no municipality; municipal roles name one;
 * daycare_leader and staff also name an institution of that municipality.
 */
export async function validateAssignment(
  q: Queryable,
  actor: Actor,
  input: z.infer<typeof AssignRoleRequest>,
  userId: string | null,
) {
  const role = input.role;
  const municipalityCode = input.municipalityCode ?? null;
  const institutionId = input.institutionId ?? null;
  if (!canAssignRole(actor, role, municipalityCode)) throw forbidden();
  if (!isMunicipalRole(role)) {
    if (municipalityCode || institutionId) {
      throw invalid('municipalityCode', 'En national rolle hører ikke til en kommune eller et dagtilbud');
    }
    return { role, municipalityCode: null, institutionId: null };
  }
  if (!municipalityCode) throw invalid('municipalityCode', 'Vælg den kommune, rollen gælder');
  if (!(await findMunicipality(q, municipalityCode))) throw invalid('municipalityCode', 'Kommunen findes ikke');
  if (isInstitutionRole(role)) {
    if (!institutionId) throw invalid('institutionId', 'Vælg det dagtilbud, rollen gælder');
    const inst = await findInstitution(q, institutionId);
    if (!inst || inst.municipalityCode !== municipalityCode) {
      throw invalid('institutionId', 'Dagtilbuddet hører ikke til den valgte kommune');
    }
  } else if (institutionId) {
    throw invalid('institutionId', 'Rollen gælder hele kommunen, ikke ét dagtilbud');
  }
  if (userId) {
    const [other] = await q
      .select({ code: roleAssignments.municipalityCode })
      .from(roleAssignments)
      .where(
        and(
          eq(roleAssignments.userId, userId),
          eq(roleAssignments.role, role),
          ne(roleAssignments.municipalityCode, municipalityCode),
        ),
      );
    if (other) throw invalid('municipalityCode', 'Brugeren har allerede denne rolle i en anden kommune');
  }
  return { role, municipalityCode, institutionId };
}
