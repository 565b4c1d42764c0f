import { eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.js';
import { children, institutions } from '../../src/server/db/schema.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';

/**
 * Many children of one institution in one insert (as the owner, outside any
 * request): for tests that need a full page of a list without a row per call.
 */
export async function buildChildren(
  database: Database,
  values: { institutionId: string; count: number },
): Promise<string[]> {
  return inMaintenanceTx(database.db, async (tx) => {
    const [inst] = await tx.select().from(institutions).where(eq(institutions.id, values.institutionId));
    if (!inst) throw new Error(`no institution ${values.institutionId}`);
    const rows = await tx
      .insert(children)
      .values(
        Array.from({ length: values.count }, (_, i) => ({
          municipalityCode: inst.municipalityCode,
          institutionId: inst.id,
          firstName: `Sidebarn${String(i).padStart(3, '0')}`,
          lastName: 'Testesen',
          birthDate: '2022-05-01',
        })),
      )
      .returning({ id: children.id });
    return rows.map((row) => row.id);
  });
}
