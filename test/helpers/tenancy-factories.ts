import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/server/db/client.js';
import { children, institutions } from '../../src/server/db/schema.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { buildInstitution } from './factories.js';

export interface ChildName {
  firstName: string;
  lastName: string;
}

/**
 * Children with the given names in one institution (as the owner, outside any
 * request), in the institution's municipality and, when given, in a group.
 */
export async function buildNamedChildren(
  database: Database,
  values: { institutionId: string; municipalityCode: string; groupId?: string; names: readonly ChildName[] },
) {
  if (values.names.length === 0) return [];
  return inMaintenanceTx(database.db, (tx) =>
    tx
      .insert(children)
      .values(
        values.names.map((name, i) => ({
          municipalityCode: values.municipalityCode,
          institutionId: values.institutionId,
          groupId: values.groupId ?? null,
          firstName: name.firstName,
          lastName: name.lastName,
          birthDate: `2022-0${(i % 9) + 1}-1${i % 10}`,
        })),
      )
      .returning(),
  );
}

/** Names for a search to find and miss: shared last names, Danish letters, spaces, `%` and `_`. */
export const SEARCH_NAMES: readonly ChildName[] = [
  { firstName: 'Marie', lastName: 'Jensen' },
  { firstName: 'Marie', lastName: 'Jensen' },
  { firstName: 'Mads', lastName: 'Jensen' },
  { firstName: 'Oliver', lastName: 'Olsen' },
  { firstName: 'Anna Bella', lastName: 'Sørensen' },
  { firstName: 'Ærlige Æsa', lastName: 'Kær' },
  { firstName: 'Marcus', lastName: 'Nielsen' },
  { firstName: 'Ida', lastName: 'Holm' },
  { firstName: 'Emil', lastName: 'Enevoldsen' },
  { firstName: 'Noa', lastName: 'Under_streg' },
  { firstName: 'Karl', lastName: 'Hundrede%' },
  { firstName: 'Bo', lastName: 'Lund' },
];

/**
 * A municipality's children of the test's own: `institutionCount` new
 * institutions, each with the search names (so every institution has some of
 * each), the children in the institution's group.
 */
export async function buildNamedInstitutions(
  database: Database,
  values: { municipalityCode: string; institutionCount?: number; names?: readonly ChildName[] },
) {
  const built = [];
  for (let i = 0; i < (values.institutionCount ?? 2); i++) {
    const { institution, group } = await buildInstitution(database, { municipalityCode: values.municipalityCode });
    const kids = await buildNamedChildren(database, {
      institutionId: institution.id,
      municipalityCode: values.municipalityCode,
      groupId: group.id,
      names: values.names ?? SEARCH_NAMES,
    });
    built.push({ institution, group, children: kids });
  }
  return built;
}

/**
 * One institution, the same row (id and name) in each of the given databases,
 * for tests that run the same work on two engines and compare what they see.
 */
export async function buildInstitutionIn(
  databases: readonly Database[],
  values: { municipalityCode: string; id?: string; name?: string },
): Promise<string> {
  const id = values.id ?? randomUUID();
  const name = values.name ?? `Tvillingbørnehaven ${id.slice(0, 8)}`;
  for (const database of databases)
    await inMaintenanceTx(database.db, (tx) =>
      tx.insert(institutions).values({ id, municipalityCode: values.municipalityCode, name, kind: 'kindergarten' }),
    );
  return id;
}
