import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { writeAudit } from '../../src/server/audit/write-audit.js';
import type { Actor } from '../../src/server/core/actor.js';
import { inActorTx } from '../../src/server/core/transaction.js';
import { openDatabase, queryRows, type Database } from '../../src/server/db/client.js';
import { openTestDatabase } from '../helpers/test-database.js';

/**
 * The scoped transaction has two implementations (core/transaction.ts): on a
 * PostgreSQL server it sends the scope with BEGIN and the audit rows with
 * COMMIT to save round trips; on PGlite it uses Drizzle's transaction. This
 * file, which runs in the postgres project, runs the same work through both
 * and shows they set the same scope and write identical audit rows – also for
 * text that needs escaping – and that a failed transaction leaves no audit row.
 */
let postgres: Database;
let pglite: Database;

beforeAll(async () => {
  postgres = await openTestDatabase();
  pglite = await openDatabase({ loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
});

afterAll(async () => {
  await postgres?.close();
  await pglite?.close();
});

const actor: Actor = {
  userId: randomUUID(),
  name: 'Lea Leder',
  email: 'lea@kommune.example',
  role: 'daycare_leader',
  municipalityCode: '0860',
  institutionIds: [randomUUID(), randomUUID()],
  ip: '192.0.2.7',
};

const AWKWARD = `O'Brien \\ "citat" $$ æøå 👶 \n'); DROP TABLE audit_log; --`;

interface Seen {
  scope: Record<string, string>;
  audit: Record<string, unknown>[];
}

async function runOn(database: Database, marker: string, fail: boolean): Promise<Seen> {
  let scope: Record<string, string> = {};
  const work = inActorTx(database.db, actor, async (tx) => {
    const [row] = await queryRows<Record<string, string>>(
      tx,
      sql`SELECT current_user AS role,
                 current_setting('indsats.child_scope') AS child_scope,
                 current_setting('indsats.municipality') AS municipality,
                 current_setting('indsats.institutions') AS institutions,
                 current_setting('indsats.user_id') AS user_id`,
    );
    scope = row ?? {};
    await writeAudit(tx, actor, {
      action: 'child.search',
      entityType: 'child',
      entityId: marker,
      details: { criteria: { note: AWKWARD, nested: { list: [1, 'to', null] } }, resultCount: 0, childIds: [] },
    });
    await writeAudit(tx, actor, {
      action: 'child.read',
      entityType: 'child',
      entityId: marker,
      details: { institutionId: AWKWARD },
    });
    if (fail) throw new Error('work failed');
  });
  if (fail) await expect(work).rejects.toThrow('work failed');
  else await work;
  const audit = await queryRows<Record<string, unknown>>(
    database.db,
    sql`SELECT chain, action, actor_user_id, actor_role, entity_type, entity_id, municipality_code, ip, details
          FROM audit_log WHERE entity_id = ${marker} ORDER BY seq`,
  );
  return { scope, audit };
}

describe('the two transaction paths', () => {
  it('set the same scope and write identical audit rows', async () => {
    const marker = randomUUID();
    const onPostgres = await runOn(postgres, marker, false);
    const onPglite = await runOn(pglite, marker, false);
    expect(onPostgres.scope).toEqual({
      role: 'indsats_app',
      child_scope: 'institution',
      municipality: '0860',
      institutions: actor.institutionIds.join(','),
      user_id: actor.userId,
    });
    expect(onPglite.scope).toEqual(onPostgres.scope);
    expect(onPostgres.audit).toHaveLength(2);
    expect(onPostgres.audit[0]).toMatchObject({
      actor_user_id: actor.userId,
      ip: '192.0.2.7',
      details: { criteria: { note: AWKWARD } },
    });
    expect(onPglite.audit).toEqual(onPostgres.audit);
  });

  it('write no audit row when the work fails', async () => {
    const marker = randomUUID();
    expect((await runOn(postgres, marker, true)).audit).toEqual([]);
    expect((await runOn(pglite, marker, true)).audit).toEqual([]);
  });
});
