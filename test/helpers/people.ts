import type { Database } from '../../src/server/db/client.js';
import { roleAssignments, users } from '../../src/server/db/schema.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { hashPassword } from '../../src/server/modules/auth/password.js';
import { isInstitutionRole, isMunicipalRole, type Role } from '../../src/shared/roles.js';
import { buildInstitution } from './factories.js';

/** Every person a test builds logs in with this password (never the demo's, never a real one). */
export const TEST_PASSWORD = 'Prøve-adgang-til-test-9';

/** argon2 is slow on purpose: the hash is made once per worker and shared by every test person. */
let testPasswordHash: Promise<string> | undefined;

export interface TestPerson {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipalityCode: string | null;
  institutionId: string | null;
}

export interface PersonValues {
  role: Role;
  /** Municipal roles: the municipality (default Hjørring, 0860). Ignored for national roles. */
  municipalityCode?: string;
  /** Leaders and staff: their institution (default: a new one in the municipality). */
  institutionId?: string;
  name?: string;
  email?: string;
}

let counter = 0;

/**
 * A person of the test's own: a user with one role assignment, straight into
 * the database (as the owner, outside any request). Nothing in the demo is
 * touched or relied on, so a test's people see only what the test gives them.
 */
export async function buildPerson(database: Database, values: PersonValues): Promise<TestPerson> {
  counter += 1;
  const { role } = values;
  const municipalityCode = isMunicipalRole(role) ? (values.municipalityCode ?? '0860') : null;
  const institutionId = isInstitutionRole(role)
    ? (values.institutionId ??
      (await buildInstitution(database, { municipalityCode: municipalityCode ?? '0860' })).institution.id)
    : null;
  const unique = `${process.pid}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const email = values.email ?? `${role.replace('_', '-')}-${unique}@test.example`;
  const name = values.name ?? `Test ${role} ${counter}`;
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = await testPasswordHash;
  const id = await inMaintenanceTx(database.db, async (tx) => {
    const [user] = await tx.insert(users).values({ email, name, passwordHash }).returning({ id: users.id });
    await tx.insert(roleAssignments).values({ userId: user!.id, role, municipalityCode, institutionId });
    return user!.id;
  });
  return { id, email, name, role, municipalityCode, institutionId };
}
