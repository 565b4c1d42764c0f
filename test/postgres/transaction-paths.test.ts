import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { writeAudit } from '../../src/server/audit/write-audit.js';
import type { Actor } from '../../src/server/core/actor.js';
import { beginTx, inActorTx, inMaintenanceTx } from '../../src/server/core/transaction.js';
import { openDatabase, queryRows, type Database, type Tx } from '../../src/server/db/client.js';
import { roleAssignments, sessions, users } from '../../src/server/db/schema.js';
import { actorOf } from '../../src/server/modules/auth/auth-hook.js';
import {
  hashToken,
  sessionOfRows,
  sessionScopeStatement,
  type LoadedSession,
} from '../../src/server/modules/auth/session-repository.js';
import type { Role } from '../../src/shared/roles.js';
import { buildInstitutionIn } from '../helpers/tenancy-factories.js';
import { openTestDatabase } from '../helpers/test-database.js';

/**
 * The scoped transaction has two implementations (core/transaction.ts): on a
 * PostgreSQL server it sends the scope with BEGIN and the audit rows with
 * COMMIT to save round trips; on PGlite it uses Drizzle's transaction. This
 * file, which runs in the postgres project, runs the same work through both
 * and shows they set the same scope and write identical audit rows – also for
 * text that needs escaping – and that a failed transaction leaves no audit row.
 * A read's transaction begins with the session lookup and sets the scope it
 * derives in SQL (ADR 25): on both engines that scope is the one the actor
 * made from the same session row gets.
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
  email: 'lea@test.example',
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

async function scopeOf(tx: Tx): Promise<Record<string, string>> {
  const [row] = await queryRows<Record<string, string>>(
    tx,
    sql`SELECT current_user AS role,
               current_setting('indsats.child_scope') AS child_scope,
               current_setting('indsats.municipality') AS municipality,
               current_setting('indsats.institutions') AS institutions,
               current_setting('indsats.user_id') AS user_id`,
  );
  return row ?? {};
}

async function runOn(database: Database, marker: string, fail: boolean): Promise<Seen> {
  let scope: Record<string, string> = {};
  const work = inActorTx(database.db, actor, async (tx) => {
    scope = await scopeOf(tx);
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

type Assignment = { municipalityCode: string | null; institutionId: string | null };

/** A user with `role` and its assignments, and a session in that role, on one database. */
async function buildSession(database: Database, userId: string, tokenHash: string, role: Role, held: Assignment[]) {
  await inMaintenanceTx(database.db, async (tx) => {
    await tx
      .insert(users)
      .values({ id: userId, email: `${userId}@test.example`, name: 'Test Testesen', passwordHash: '-' });
    await tx.insert(roleAssignments).values(held.map((a) => ({ userId, role, ...a })));
    await tx.insert(sessions).values({
      tokenHash,
      userId,
      activeRole: role,
      csrfToken: 'csrf',
      lastSeenAt: new Date('2026-12-01T10:00:00Z'),
      expiresAt: new Date('2100-01-01T00:00:00Z'),
    });
  });
}

interface SessionScopes {
  session: LoadedSession | null;
  viaSession: Record<string, string>;
  viaActor: Record<string, string> | null;
}

async function sessionScopesOn(database: Database, tokenHash: string): Promise<SessionScopes> {
  const open = await beginTx(database.db, sessionScopeStatement(tokenHash));
  const session = sessionOfRows(open.rows);
  if (!session) {
    await open.rollback();
    return { session, viaSession: {}, viaActor: null };
  }
  const viaSession = await open.run(scopeOf);
  const viaActor = await inActorTx(database.db, actorOf(session, null), scopeOf);
  return { session, viaSession, viaActor };
}

describe("a read's first trip: the session and its scope", () => {
  /** A leader of two institutions of the test's own, the same rows in both databases. */
  const leaderInstitutionIds = [randomUUID(), randomUUID()];
  const leader: Assignment[] = leaderInstitutionIds.map((id) => ({ municipalityCode: '0860', institutionId: id }));
  beforeAll(async () => {
    for (const id of leaderInstitutionIds)
      await buildInstitutionIn([postgres, pglite], { municipalityCode: '0860', id });
  });
  it.each<[string, Role, Assignment[], Record<string, string>]>([
    ['a leader of two institutions', 'daycare_leader', leader, { child_scope: 'institution', municipality: '0860' }],
    [
      'a head of daycare',
      'daycare_chief',
      [{ municipalityCode: '0217', institutionId: null }],
      {
        child_scope: 'municipality',
        municipality: '0217',
        institutions: '',
      },
    ],
    ['a coordinator', 'coordinator', [{ municipalityCode: '0860', institutionId: null }], { child_scope: 'none' }],
    [
      'a national role',
      'national_admin',
      [{ municipalityCode: null, institutionId: null }],
      {
        child_scope: 'none',
        municipality: '',
      },
    ],
  ])('%s: the same scope as the actor made from the session', async (_name, role, held, expected) => {
    const userId = randomUUID();
    const tokenHash = hashToken(randomUUID());
    const seen: SessionScopes[] = [];
    for (const database of [postgres, pglite]) {
      await buildSession(database, userId, tokenHash, role, held);
      seen.push(await sessionScopesOn(database, tokenHash));
    }
    const [onPostgres, onPglite] = seen;
    expect(onPostgres!.session).toMatchObject({
      userId,
      activeRole: role,
      userActive: true,
      mustChangePassword: false,
    });
    expect(onPostgres!.viaSession).toMatchObject({ role: 'indsats_app', user_id: userId, ...expected });
    expect(onPostgres!.viaSession).toEqual(onPostgres!.viaActor);
    expect(onPglite!.viaSession).toEqual(onPglite!.viaActor);
    expect(onPglite).toEqual(onPostgres);
  });

  it('finds no session for an unknown token, sets no scope and rolls back', async () => {
    for (const database of [postgres, pglite]) {
      expect(await sessionScopesOn(database, hashToken(randomUUID()))).toEqual({
        session: null,
        viaSession: {},
        viaActor: null,
      });
      // The connection went back clean: a following transaction works.
      expect(await inActorTx(database.db, actor, scopeOf)).toMatchObject({ child_scope: 'institution' });
    }
  });
});
