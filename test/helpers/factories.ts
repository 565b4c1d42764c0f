import { eq, sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../src/server/db/client.js';
import { children, groups, institutions } from '../../src/server/db/schema.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';

let counter = 0;

/** Creates an institution with one group (as the owner, outside any request). */
export async function buildInstitution(database: Database, values: { municipalityCode: string; name?: string }) {
  counter += 1;
  return inMaintenanceTx(database.db, async (tx) => {
    const [inst] = await tx
      .insert(institutions)
      .values({
        municipalityCode: values.municipalityCode,
        name: values.name ?? `Testbørnehaven ${counter}`,
        kind: 'kindergarten',
      })
      .returning();
    const [group] = await tx
      .insert(groups)
      .values({ institutionId: inst!.id, municipalityCode: values.municipalityCode, name: 'Teststuen' })
      .returning();
    return { institution: inst!, group: group! };
  });
}

/** Creates a child, with its own institution unless one is given. */
export async function buildChild(
  database: Database,
  values: { institutionId?: string; municipalityCode?: string; firstName?: string } = {},
) {
  const institutionId =
    values.institutionId ??
    (await buildInstitution(database, { municipalityCode: values.municipalityCode ?? '0860' })).institution.id;
  return inMaintenanceTx(database.db, async (tx) => {
    const [inst] = await tx.select().from(institutions).where(eq(institutions.id, institutionId));
    const [child] = await tx
      .insert(children)
      .values({
        municipalityCode: inst!.municipalityCode,
        institutionId,
        firstName: values.firstName ?? `Testbarn${++counter}`,
        lastName: 'Testesen',
        birthDate: '2022-05-01',
      })
      .returning();
    return child!;
  });
}

/** A child of an institution, read as the owner (for picking test targets). */
export async function anyChildOf(database: Database, institutionId: string) {
  return inMaintenanceTx(database.db, async (tx) => {
    const [child] = await tx.select().from(children).where(eq(children.institutionId, institutionId)).limit(1);
    if (!child) throw new Error('institution has no children');
    return child;
  });
}

export async function countRows(database: Database, table: string, where = 'true'): Promise<number> {
  return inMaintenanceTx(database.db, async (tx) => {
    const [row] = await queryRows<{ n: number }>(tx, sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`));
    return row?.n ?? 0;
  });
}
