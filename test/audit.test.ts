import { eq, max, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneAudit } from '../src/server/audit/retention.js';
import { verifyAudit } from '../src/server/audit/verify-audit.js';
import { auditLog } from '../src/server/db/schema.js';
import { inActorTx } from '../src/server/core/transaction.js';
import { ListAuditResponse } from '../src/shared/contracts/audit.js';
import { buildChild, countRows } from './helpers/factories.js';
import { buildNamedChildren } from './helpers/tenancy-factories.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';

/**
 * The audit log: every touch of child data once, append-only and chained,
 * pruned by retention, reviewed by the head of daycare. The test's own leader
 * works in a new institution in Hjørring (0860) with children of the test's own.
 */
let t: TestApp;
let leader: PersonAgent;
let institutionId: string;
beforeAll(async () => {
  t = await startTestApp();
  leader = await t.loginAs('daycare_leader', { municipalityCode: '0860' });
  institutionId = leader.person.institutionId!;
});
afterAll(() => t.close());

/** A new child in the leader's institution. */
const ownChild = () => buildChild(t.database, { institutionId });

async function maxSeq(chain: string): Promise<number> {
  const rows = await t.database.db
    .select({ seq: sql<number>`coalesce(max(${auditLog.seq}), 0)::int` })
    .from(auditLog)
    .where(eq(auditLog.chain, chain));
  return rows[0]?.seq ?? 0;
}

/** Runs `action` and returns the audit rows it added (all chains). */
async function auditedBy(action: () => Promise<unknown>) {
  const before = { access: await maxSeq('access'), change: await maxSeq('change'), auth: await maxSeq('auth') };
  await action();
  const rows = await t.database.db.select().from(auditLog);
  return rows.filter((r) => r.seq > before[r.chain as keyof typeof before]);
}

describe('every touch of child data is audited exactly once', () => {
  it('records a read with who, role, what, which record and from where', async () => {
    const child = await ownChild();
    const rows = await auditedBy(async () => {
      expect((await leader.get(`/api/v1/children/${child.id}`)).statusCode).toBe(200);
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      chain: 'access',
      action: 'child.read',
      actorUserId: leader.person.id,
      actorRole: 'daycare_leader',
      entityType: 'child',
      entityId: child.id,
      municipalityCode: '0860',
      ip: '127.0.0.1',
    });
  });

  it('records a search with its criteria and the children it returned', async () => {
    // A leader of a new institution: six of its children match "a", three do not; a page of five
    // returns the first five by last name.
    const searcher = await t.loginAs('daycare_leader', { municipalityCode: '0860' });
    const kids = await buildNamedChildren(t.database, {
      institutionId: searcher.person.institutionId!,
      municipalityCode: '0860',
      names: [
        { firstName: 'Emil', lastName: 'Holm' },
        { firstName: 'Carla', lastName: 'Dahl' },
        { firstName: 'Ib', lastName: 'Kure' },
        { firstName: 'Bo', lastName: 'Bak' },
        { firstName: 'Anna', lastName: 'Andersen' },
        { firstName: 'Ole', lastName: 'Gram' },
        { firstName: 'Ida', lastName: 'Fisker' },
        { firstName: 'Tim', lastName: 'Storm' },
        { firstName: 'Karl', lastName: 'Eriksen' },
      ],
    });
    const idOf = (lastName: string) => kids.find((k) => k.lastName === lastName)!.id;
    const rows = await auditedBy(async () => {
      expect((await searcher.get(`/api/v1/children?q=a&pageSize=5`)).statusCode).toBe(200);
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'child.search', actorUserId: searcher.person.id });
    const details = rows[0]?.details as { criteria: { q: string }; resultCount: number; childIds: string[] };
    expect(details.criteria.q).toBe('a');
    expect(details.resultCount).toBe(5);
    expect(details.childIds).toEqual(['Andersen', 'Bak', 'Dahl', 'Eriksen', 'Fisker'].map(idOf));
  });

  it('records creation, change, export and deletion', async () => {
    let id = '';
    const created = await auditedBy(async () => {
      const res = await leader.post('/api/v1/children', {
        institutionId,
        firstName: 'Revision',
        lastName: 'Testesen',
        birthDate: '2023-03-03',
      });
      expect(res.statusCode).toBe(201);
      id = res.json().id;
    });
    expect(created.map((r) => [r.action, r.entityId])).toEqual([['child.create', id]]);

    const changed = await auditedBy(() =>
      leader.patch(`/api/v1/children/${id}`, { version: 1, firstName: 'Revideret' }),
    );
    expect(changed.map((r) => r.action)).toEqual(['child.update']);
    expect(changed[0]?.details).toMatchObject({ changedFields: ['firstName'], fromVersion: 1 });

    const exported = await auditedBy(async () => {
      expect((await leader.get(`/api/v1/children/export.csv?institutionId=${institutionId}`)).statusCode).toBe(200);
    });
    expect(exported.map((r) => r.action)).toEqual(['child.export']);

    const deleted = await auditedBy(async () => {
      expect((await leader.delete(`/api/v1/children/${id}`)).statusCode).toBe(204);
    });
    expect(deleted.map((r) => [r.action, r.entityId])).toEqual([['child.delete', id]]);
  });

  it('writes nothing when the change is refused (the entry rolls back with it)', async () => {
    const child = await ownChild();
    const rows = await auditedBy(async () => {
      const res = await leader.patch(`/api/v1/children/${child.id}`, { version: 99, firstName: 'X' });
      expect(res.statusCode).toBe(409);
    });
    expect(rows).toEqual([]);
  });

  it('records logins, failed logins and role changes', async () => {
    const staff = await t.buildPerson({ role: 'staff', municipalityCode: '0860' });
    const { email } = staff;
    const ok = await auditedBy(() => t.loginPerson(staff));
    expect(ok.map((r) => r.action)).toEqual(['auth.login_succeeded']);
    expect(ok[0]).toMatchObject({ actorUserId: staff.id, municipalityCode: '0860' });
    const failed = await auditedBy(() =>
      t.anonymous.post('/api/v1/auth/login', { email, password: 'forkert-adgangskode' }),
    );
    expect(failed.map((r) => [r.action, (r.details as { reason: string }).reason])).toEqual([
      ['auth.login_failed', 'wrong_password'],
    ]);
    const coordinator = await t.loginAs('coordinator', { municipalityCode: '0860' });
    const users = (await coordinator.get(`/api/v1/users?q=${encodeURIComponent(email)}`)).json().items;
    expect(users.map((u: { id: string }) => u.id)).toEqual([staff.id]);
    const assigned = await auditedBy(async () => {
      const res = await coordinator.post(`/api/v1/users/${staff.id}/assignments`, {
        role: 'partner',
        municipalityCode: '0860',
      });
      expect(res.statusCode, res.body).toBe(200);
    });
    expect(assigned.map((r) => [r.action, r.actorUserId])).toEqual([['role.assign', coordinator.person.id]]);
  });
});

describe('append-only and tamper-evident', () => {
  it('does not let the application role change or delete audit rows', async () => {
    const actor = {
      userId: leader.person.id,
      name: '',
      email: '',
      role: 'daycare_leader' as const,
      municipalityCode: '0860',
      institutionIds: [],
      ip: null,
    };
    await expect(
      inActorTx(t.database.db, actor, (tx) => tx.execute(sql`UPDATE audit_log SET action = 'x'`)),
    ).rejects.toThrow();
    await expect(inActorTx(t.database.db, actor, (tx) => tx.execute(sql`DELETE FROM audit_log`))).rejects.toThrow();
    // Not even the owner can update it without first disabling the trigger.
    await expect(t.database.exec(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
  });

  it('is intact after normal use, and `audit verify` finds a changed, a removed and a truncated row', async () => {
    // Two reads of the test's own: the newest two rows of the access chain.
    const child = await ownChild();
    for (let i = 0; i < 2; i++) expect((await leader.get(`/api/v1/children/${child.id}`)).statusCode).toBe(200);
    expect(await verifyAudit(t.database.db)).toMatchObject({ ok: true, breaks: [] });
    const seq = await maxSeq('access');
    const newest = await t.database.db
      .select({ action: auditLog.action, entityId: auditLog.entityId, actorUserId: auditLog.actorUserId })
      .from(auditLog)
      .where(sql`${auditLog.chain} = 'access' AND ${auditLog.seq} >= ${seq - 1}`);
    const read = { action: 'child.read', entityId: child.id, actorUserId: leader.person.id };
    expect(newest).toEqual([read, read]);
    await t.database.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`);
    try {
      await t.database.exec(`UPDATE audit_log SET ip = '10.0.0.1' WHERE chain = 'access' AND seq = ${seq - 1}`);
      const changed = await verifyAudit(t.database.db);
      expect(changed.ok).toBe(false);
      expect(changed.breaks).toEqual([{ chain: 'access', seq: seq - 1, problem: 'changed' }]);

      await t.database.exec(`DELETE FROM audit_log WHERE chain = 'access' AND seq = ${seq - 1}`);
      const removed = await verifyAudit(t.database.db);
      expect(removed.breaks).toEqual([{ chain: 'access', seq, problem: 'missing_before' }]);

      await t.database.exec(`DELETE FROM audit_log WHERE chain = 'access' AND seq = ${seq}`);
      const truncated = await verifyAudit(t.database.db);
      expect(truncated.breaks).toEqual([{ chain: 'access', seq, problem: 'head_mismatch' }]);
    } finally {
      await t.database.exec(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`);
    }
  });
});

describe('retention', () => {
  it('removes access entries after their retention, keeps changes, and the chain still verifies', async () => {
    const fresh = await startTestApp();
    try {
      const agent = await fresh.loginAs('daycare_leader');
      const child = await buildChild(fresh.database, { institutionId: agent.person.institutionId! });
      expect((await agent.get(`/api/v1/children/${child.id}`)).statusCode).toBe(200);
      const kept = await agent.patch(`/api/v1/children/${child.id}`, { version: child.version, firstName: 'Bevares' });
      expect(kept.statusCode, kept.body).toBe(200);
      const accessRows = await countRows(fresh.database, 'audit_log', `chain = 'access'`);
      expect(accessRows).toBeGreaterThan(0);
      // Audit rows carry the database's time (docs/adr/0017): seven months after the newest one.
      const [newest] = await fresh.database.db.select({ at: max(auditLog.occurredAt) }).from(auditLog);
      const inSevenMonths = new Date(newest!.at!.getTime() + 213 * 86_400_000);
      const removed = await pruneAudit(fresh.database.db, fresh.config.audit, { now: inSevenMonths });
      expect(removed.access).toBe(accessRows);
      expect(removed.change).toBe(0);
      const left = await fresh.database.db.select().from(auditLog);
      expect(left.filter((r) => r.chain === 'access')).toEqual([]);
      expect(left.filter((r) => r.action === 'child.update').map((r) => [r.entityId, r.actorUserId])).toEqual([
        [child.id, agent.person.id],
      ]);
      expect(await verifyAudit(fresh.database.db)).toMatchObject({ ok: true, breaks: [] });
      // New entries chain on from the pruned anchor.
      expect((await agent.get(`/api/v1/children/${child.id}`)).statusCode).toBe(200);
      expect(await verifyAudit(fresh.database.db)).toMatchObject({ ok: true, breaks: [] });
      expect(await countRows(fresh.database, 'audit_log', `chain = 'access'`)).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});

describe('reviewing the audit log', () => {
  it('shows a daycare chief their municipality’s entries, filterable, and not another’s', async () => {
    const child = await ownChild();
    expect((await leader.get(`/api/v1/children/${child.id}`)).statusCode).toBe(200);
    // Another action on the same child, which the action filter leaves out.
    const touched = await leader.patch(`/api/v1/children/${child.id}`, { version: child.version, firstName: 'Set' });
    expect(touched.statusCode, touched.body).toBe(200);
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0860' });
    const res = await chief.get(`/api/v1/audit?action=child.read&entityId=${child.id}`);
    expect(res.statusCode).toBe(200);
    const body = ListAuditResponse.parse(res.json());
    expect(body.items.map((e) => [e.action, e.entityId, e.actorUserId, e.actorName, e.municipalityCode])).toEqual([
      ['child.read', child.id, leader.person.id, leader.person.name, '0860'],
    ]);

    // Odense (0461), where the demo has nobody: a chief there sees Odense's entries only.
    const odenseLeader = await t.loginAs('daycare_leader', { municipalityCode: '0461' });
    const odenseChild = await buildChild(t.database, { institutionId: odenseLeader.person.institutionId! });
    expect((await odenseLeader.get(`/api/v1/children/${odenseChild.id}`)).statusCode).toBe(200);
    const other = await t.loginAs('daycare_chief', { municipalityCode: '0461' });
    const theirs = ListAuditResponse.parse((await other.get(`/api/v1/audit?entityId=${child.id}`)).json());
    expect(theirs.items).toEqual([]);
    const all = ListAuditResponse.parse((await other.get(`/api/v1/audit?pageSize=200`)).json());
    expect(all.page.hasMore).toBe(false);
    expect(new Set(all.items.map((e) => e.municipalityCode))).toEqual(new Set(['0461']));
    expect(all.items.map((e) => [e.action, e.entityId, e.actorUserId])).toContainEqual([
      'child.read',
      odenseChild.id,
      odenseLeader.person.id,
    ]);
    expect(all.items.some((e) => e.entityId === child.id)).toBe(false);
  });

  it('audits the review itself', async () => {
    const chief = await t.loginAs('daycare_chief', { municipalityCode: '0860' });
    const rows = await auditedBy(async () => {
      expect((await chief.get('/api/v1/audit?action=child.read')).statusCode).toBe(200);
    });
    expect(rows.map((r) => r.action)).toEqual(['audit.search']);
    const stored = await t.database.db.select().from(auditLog).where(eq(auditLog.actorUserId, chief.person.id));
    expect(stored.filter((r) => r.action === 'audit.search')).toEqual(rows);
  });
});

describe('the audit row and the change share one transaction', () => {
  it('keeps the change out when its audit row cannot be written', async () => {
    const child = await ownChild();
    const fresh = (await leader.get(`/api/v1/children/${child.id}`)).json();
    await t.database.exec(`CREATE FUNCTION test_refuse_update_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'child.update' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_refuse_update_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION test_refuse_update_audit();`);
    try {
      const res = await leader.patch(`/api/v1/children/${child.id}`, {
        version: fresh.version,
        firstName: 'Urevideret',
      });
      expect(res.statusCode).toBe(500);
      expect(res.json().correlationId).toEqual(expect.any(String));
    } finally {
      await t.database.exec(
        `DROP TRIGGER test_refuse_update_audit ON audit_log; DROP FUNCTION test_refuse_update_audit();`,
      );
    }
    const after = (await leader.get(`/api/v1/children/${child.id}`)).json();
    expect(after).toMatchObject({ firstName: fresh.firstName, version: fresh.version });
  });
});
