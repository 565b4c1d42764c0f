import { and, eq, max, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneAudit } from '../src/server/audit/retention.js';
import { verifyAudit } from '../src/server/audit/verify-audit.js';
import { auditLog } from '../src/server/db/schema.js';
import { inActorTx } from '../src/server/core/transaction.js';
import { ListAuditResponse } from '../src/shared/contracts/audit.js';
import { anyChildOf, ownInstitutionId } from './helpers/factories.js';
import { demoUser, startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let leader: Agent;
beforeAll(async () => {
  t = await startTestApp();
  leader = await t.loginAsDemo('daycare_leader', '0860');
});
afterAll(() => t.close());

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
    const child = await anyChildOf(t.database, ownInstitutionId());
    const rows = await auditedBy(() => leader.get(`/api/v1/children/${child.id}`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      chain: 'access',
      action: 'child.read',
      actorUserId: expect.any(String),
      actorRole: 'daycare_leader',
      entityType: 'child',
      entityId: child.id,
      municipalityCode: '0860',
      ip: '127.0.0.1',
    });
  });

  it('records a search with its criteria and the children it returned', async () => {
    const rows = await auditedBy(() => leader.get(`/api/v1/children?q=a&pageSize=5`));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.action).toBe('child.search');
    const details = rows[0]?.details as { criteria: { q: string }; childIds: string[] };
    expect(details.criteria.q).toBe('a');
    expect(details.childIds.length).toBeLessThanOrEqual(5);
  });

  it('records creation, change, export and deletion', async () => {
    let id = '';
    const created = await auditedBy(async () => {
      const res = await leader.post('/api/v1/children', {
        institutionId: ownInstitutionId(),
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

    const exported = await auditedBy(() =>
      leader.get(`/api/v1/children/export.csv?institutionId=${ownInstitutionId()}`),
    );
    expect(exported.map((r) => r.action)).toEqual(['child.export']);

    const deleted = await auditedBy(() => leader.delete(`/api/v1/children/${id}`));
    expect(deleted.map((r) => [r.action, r.entityId])).toEqual([['child.delete', id]]);
  });

  it('writes nothing when the change is refused (the entry rolls back with it)', async () => {
    const child = await anyChildOf(t.database, ownInstitutionId());
    const rows = await auditedBy(async () => {
      const res = await leader.patch(`/api/v1/children/${child.id}`, { version: 99, firstName: 'X' });
      expect(res.statusCode).toBe(409);
    });
    expect(rows).toEqual([]);
  });

  it('records logins, failed logins and role changes', async () => {
    const email = demoUser('staff').email;
    const ok = await auditedBy(() => t.login(email));
    expect(ok.map((r) => r.action)).toEqual(['auth.login_succeeded']);
    expect(ok[0]?.municipalityCode).toBe('0860');
    const failed = await auditedBy(() =>
      t.anonymous.post('/api/v1/auth/login', { email, password: 'forkert-adgangskode' }),
    );
    expect(failed.map((r) => [r.action, (r.details as { reason: string }).reason])).toEqual([
      ['auth.login_failed', 'wrong_password'],
    ]);
    const coordinator = await t.loginAsDemo('coordinator');
    const users = (await coordinator.get('/api/v1/users?q=paedagog.hjoerring')).json().items;
    const staffUser = users[0];
    const assigned = await auditedBy(() =>
      coordinator.post(`/api/v1/users/${staffUser.id}/assignments`, { role: 'partner', municipalityCode: '0860' }),
    );
    expect(assigned.map((r) => r.action)).toEqual(['role.assign']);
  });
});

describe('append-only and tamper-evident', () => {
  it('does not let the application role change or delete audit rows', async () => {
    const actor = {
      userId: demoUser('daycare_leader').email,
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
    expect((await verifyAudit(t.database.db)).ok).toBe(true);
    const seq = await maxSeq('access');
    await t.database.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable`);
    try {
      await t.database.exec(`UPDATE audit_log SET ip = '10.0.0.1' WHERE chain = 'access' AND seq = ${seq - 1}`);
      const changed = await verifyAudit(t.database.db);
      expect(changed.ok).toBe(false);
      expect(changed.breaks).toContainEqual({ chain: 'access', seq: seq - 1, problem: 'changed' });

      await t.database.exec(`DELETE FROM audit_log WHERE chain = 'access' AND seq = ${seq - 1}`);
      const removed = await verifyAudit(t.database.db);
      expect(removed.breaks).toContainEqual({ chain: 'access', seq, problem: 'missing_before' });

      await t.database.exec(`DELETE FROM audit_log WHERE chain = 'access' AND seq = ${seq}`);
      const truncated = await verifyAudit(t.database.db);
      expect(truncated.breaks.some((b) => b.problem === 'head_mismatch' && b.chain === 'access')).toBe(true);
    } finally {
      await t.database.exec(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable`);
    }
  });
});

describe('retention', () => {
  it('removes access entries after their retention, keeps changes, and the chain still verifies', async () => {
    const fresh = await startTestApp();
    try {
      const agent = await fresh.loginAsDemo('daycare_leader');
      const child = await anyChildOf(fresh.database, ownInstitutionId());
      await agent.get(`/api/v1/children/${child.id}`);
      await agent.patch(`/api/v1/children/${child.id}`, { version: child.version, firstName: 'Bevares' });
      // Audit rows carry the database's time (docs/adr/0017): seven months after the newest one.
      const [newest] = await fresh.database.db.select({ at: max(auditLog.occurredAt) }).from(auditLog);
      const inSevenMonths = new Date(newest!.at!.getTime() + 213 * 86_400_000);
      const removed = await pruneAudit(fresh.database.db, fresh.config.audit, { now: inSevenMonths });
      expect(removed.access).toBeGreaterThan(0);
      expect(removed.change).toBe(0);
      const left = await fresh.database.db.select().from(auditLog);
      expect(left.filter((r) => r.chain === 'access')).toEqual([]);
      expect(left.some((r) => r.action === 'child.update')).toBe(true);
      expect((await verifyAudit(fresh.database.db)).ok).toBe(true);
      // New entries chain on from the pruned anchor.
      await agent.get(`/api/v1/children/${child.id}`);
      expect((await verifyAudit(fresh.database.db)).ok).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});

describe('reviewing the audit log', () => {
  it('shows a daycare chief their municipality’s entries, filterable, and not another’s', async () => {
    const child = await anyChildOf(t.database, ownInstitutionId());
    await leader.get(`/api/v1/children/${child.id}`);
    const chief = await t.loginAsDemo('daycare_chief', '0860');
    const res = await chief.get(`/api/v1/audit?action=child.read&entityId=${child.id}`);
    expect(res.statusCode).toBe(200);
    const body = ListAuditResponse.parse(res.json());
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((e) => e.action === 'child.read' && e.entityId === child.id)).toBe(true);
    expect(body.items[0]?.actorName).toBe(demoUser('daycare_leader').name);

    const other = await t.loginAsDemo('daycare_chief', '0217');
    const theirs = ListAuditResponse.parse((await other.get(`/api/v1/audit?entityId=${child.id}`)).json());
    expect(theirs.items).toEqual([]);
    const all = ListAuditResponse.parse((await other.get(`/api/v1/audit?pageSize=200`)).json());
    expect(all.items.every((e) => e.municipalityCode === '0217')).toBe(true);
  });

  it('audits the review itself', async () => {
    const chief = await t.loginAsDemo('daycare_chief', '0860');
    const rows = await auditedBy(() => chief.get('/api/v1/audit?action=child.read'));
    expect(rows.map((r) => r.action)).toEqual(['audit.search']);
    const count = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'audit.search')));
    expect(count.length).toBeGreaterThan(0);
  });
});

describe('the audit row and the change share one transaction', () => {
  it('keeps the change out when its audit row cannot be written', async () => {
    const child = await anyChildOf(t.database, ownInstitutionId());
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
