import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox, roleAssignments, users } from '../src/server/db/schema.js';
import { SessionResponse } from '../src/shared/contracts/auth.js';
import { ListUsersResponse, User } from '../src/shared/contracts/users.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { hashPassword } from '../src/server/modules/auth/password.js';
import { buildInstitution } from './helpers/factories.js';
import { acceptPasswordLink } from './helpers/password-links.js';
import { TEST_PASSWORD } from './helpers/people.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * Escalation scenarios through user management (issue 9, points 1 and 2;
 * docs/adr/0011-account-management.md), walked end to end as the people
 * involved would: each refusal is shown to change nothing and to be audited.
 * The route × role matrix (authorisation-matrix.test.ts) says who may call a
 * route; these say what they may do to whom.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A new coordinator of Hjørring (0860), logged in. */
const coordinatorOf0860 = () => t.loginAs('coordinator', { municipalityCode: '0860' });
/** A new national admin of the agency, logged in. */
const nationalAdmin = () => t.loginAs('national_admin');

/** Refusals and password changes are security events: the auth chain. */
async function lastAuditId(): Promise<number> {
  const rows = await t.database.db.select({ seq: auditLog.seq }).from(auditLog).where(eq(auditLog.chain, 'auth'));
  return Math.max(0, ...rows.map((r) => r.seq));
}

function authRowsSince(since: number, action: string) {
  return t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.chain, 'auth'), gt(auditLog.seq, since), eq(auditLog.action, action)))
    .orderBy(asc(auditLog.seq));
}

/** The refused-attempt rows written after `since` by this user. */
async function refusalsSince(since: number, actorUserId: string) {
  return (await authRowsSince(since, 'user.manage_refused')).filter((r) => r.actorUserId === actorUserId);
}

const mailsTo = (email: string) => t.database.db.select().from(outbox).where(eq(outbox.toAddress, email));

async function accountState(id: string) {
  const [row] = await t.database.db
    .select({ hash: users.passwordHash, active: users.active, version: users.version, must: users.mustChangePassword })
    .from(users)
    .where(eq(users.id, id));
  const roles = await t.database.db
    .select({ role: roleAssignments.role, code: roleAssignments.municipalityCode })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, id));
  return { ...row, roles: roles.map((r) => `${r.role}@${r.code ?? '-'}`).sort() };
}

describe('a coordinator cannot make themselves daycare chief (point 1)', () => {
  it('refuses the self-grant, so the role switch and the child list stay closed, and audits it', async () => {
    const coordinator = await coordinatorOf0860();
    const { institution } = await buildInstitution(t.database, { municipalityCode: '0860' });
    const me = coordinator.person.id;
    const before = await accountState(me);
    const since = await lastAuditId();

    const grant = await coordinator.post(`/api/v1/users/${me}/assignments`, {
      role: 'daycare_chief',
      municipalityCode: '0860',
    });
    expect(grant.statusCode).toBe(403);
    expect(grant.json().code).toBe('self_management');
    const staffRole = await coordinator.post(`/api/v1/users/${me}/assignments`, {
      role: 'staff',
      municipalityCode: '0860',
      institutionId: institution.id,
    });
    expect(staffRole.statusCode).toBe(403);

    expect((await coordinator.put('/api/v1/session/role', { role: 'daycare_chief' })).statusCode).toBe(403);
    expect(await authRowsSince(since, 'auth.role_switch_refused')).toMatchObject([
      { actorUserId: me, details: { from: 'coordinator', to: 'daycare_chief' } },
    ]);
    expect((await coordinator.get('/api/v1/children')).statusCode).toBe(403);
    expect(await accountState(me)).toEqual(before);

    const audited = await refusalsSince(since, me);
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({
      chain: 'auth',
      actorRole: 'coordinator',
      entityId: me,
      municipalityCode: '0860',
      details: {
        method: 'POST',
        route: '/api/v1/users/:id/assignments',
        code: 'self_management',
        role: 'daycare_chief',
      },
    });
  });

  it('does not let a coordinator appoint a daycare chief, neither on a new nor on an existing account', async () => {
    const coordinator = await coordinatorOf0860();
    const partner = (await t.buildPerson({ role: 'partner', municipalityCode: '0860' })).id;
    const since = await lastAuditId();
    const created = await coordinator.post('/api/v1/users', {
      email: 'ny.chef@test.example',
      name: 'Ny Chef',
      assignment: { role: 'daycare_chief', municipalityCode: '0860' },
    });
    expect(created.statusCode).toBe(403);
    expect(await t.database.db.select().from(users).where(eq(users.email, 'ny.chef@test.example'))).toEqual([]);

    const before = await accountState(partner);
    const added = await coordinator.post(`/api/v1/users/${partner}/assignments`, {
      role: 'daycare_chief',
      municipalityCode: '0860',
    });
    expect(added.statusCode).toBe(403);
    expect(await accountState(partner)).toEqual(before);
    expect(await refusalsSince(since, coordinator.person.id)).toHaveLength(2);
  });

  it('does not let a coordinator send the chief a password link or deactivate the chief', async () => {
    const coordinator = await coordinatorOf0860();
    const chiefPerson = await t.buildPerson({ role: 'daycare_chief', municipalityCode: '0860' });
    const chief = chiefPerson.id;
    const before = await accountState(chief);
    const since = await lastAuditId();

    const shown = User.parse((await coordinator.get(`/api/v1/users/${chief}`)).json());
    expect(shown.manageable).toBe(false);
    const reset = await coordinator.post(`/api/v1/users/${chief}/password-link`);
    expect(reset.statusCode).toBe(403);
    expect(reset.json().code).toBe('account_out_of_reach');
    const off = await coordinator.patch(`/api/v1/users/${chief}`, { version: shown.version, active: false });
    expect(off.statusCode).toBe(403);

    expect(await accountState(chief)).toEqual(before);
    expect(await mailsTo(chiefPerson.email)).toEqual([]);
    await expect(t.login(chiefPerson.email, TEST_PASSWORD)).resolves.toBeDefined();
    expect(
      (await refusalsSince(since, coordinator.person.id)).map((r) => (r.details as { code: string }).code),
    ).toEqual(['account_out_of_reach', 'account_out_of_reach']);
  });

  it('does not let the national admin grant themselves a role or send themselves a password link either', async () => {
    const admin = await nationalAdmin();
    const me = admin.person.id;
    const before = await accountState(me);
    const grant = await admin.post(`/api/v1/users/${me}/assignments`, {
      role: 'daycare_chief',
      municipalityCode: '0860',
    });
    expect(grant.statusCode).toBe(403);
    const own = await admin.post(`/api/v1/users/${me}/password-link`);
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('self_management');
    expect(await accountState(me)).toEqual(before);
  });
});

describe('a coordinator cannot take over an account that also holds roles beyond their reach (point 2)', () => {
  let x: string;
  beforeAll(async () => {
    const admin = await nationalAdmin();
    const created = await admin.post('/api/v1/users', {
      email: 'x.dobbeltrolle@test.example',
      name: 'Xenia Dobbeltrolle',
      assignment: { role: 'partner', municipalityCode: '0860' },
    });
    expect(created.statusCode, created.body).toBe(201);
    x = User.parse(created.json()).id;
    expect((await admin.post(`/api/v1/users/${x}/assignments`, { role: 'national_admin' })).statusCode).toBe(200);
  });

  it('shows the coordinator the account with its 0860 role and says it has roles elsewhere', async () => {
    const coordinator = await coordinatorOf0860();
    const admin = await nationalAdmin();
    const shown = User.parse((await coordinator.get(`/api/v1/users/${x}`)).json());
    expect(shown.assignments.map((a) => a.role)).toEqual(['partner']);
    expect(shown).toMatchObject({ rolesElsewhere: true, manageable: false });
    const listed = ListUsersResponse.parse((await coordinator.get('/api/v1/users?q=dobbeltrolle')).json()).items;
    expect(listed).toMatchObject([{ id: x, rolesElsewhere: true, manageable: false }]);
    // The agency sees everything and may change it.
    expect(User.parse((await admin.get(`/api/v1/users/${x}`)).json())).toMatchObject({
      rolesElsewhere: false,
      manageable: true,
    });
  });

  it('refuses a password link, deactivation and role changes, changes nothing and audits each attempt', async () => {
    const coordinator = await coordinatorOf0860();
    const before = await accountState(x);
    const since = await lastAuditId();
    const shown = User.parse((await coordinator.get(`/api/v1/users/${x}`)).json());
    const attempts = [
      await coordinator.post(`/api/v1/users/${x}/password-link`),
      await coordinator.patch(`/api/v1/users/${x}`, { version: shown.version, active: false }),
      await coordinator.patch(`/api/v1/users/${x}`, { version: shown.version, name: 'Omdøbt' }),
      await coordinator.post(`/api/v1/users/${x}/assignments`, { role: 'coordinator', municipalityCode: '0860' }),
      await coordinator.delete(`/api/v1/users/${x}/assignments/${shown.assignments[0]!.id}`),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403]);
    expect(attempts.every((r) => r.json().code === 'account_out_of_reach')).toBe(true);
    expect(await accountState(x)).toEqual(before);
    // Only the invitation the admin's creation sent: no link from the coordinator.
    expect(await mailsTo('x.dobbeltrolle@test.example')).toHaveLength(1);
    const audited = await refusalsSince(since, coordinator.person.id);
    expect(audited).toHaveLength(5);
    expect(audited.every((r) => r.entityId === x && r.municipalityCode === '0860')).toBe(true);
  });

  it('audits a role without user management trying it too', async () => {
    const staff = await t.loginAs('staff', { municipalityCode: '0860' });
    const since = await lastAuditId();
    const res = await staff.post(`/api/v1/users/${staff.person.id}/assignments`, {
      role: 'daycare_chief',
      municipalityCode: '0860',
    });
    expect(res.statusCode).toBe(403);
    expect(await refusalsSince(since, staff.person.id)).toMatchObject([
      { actorRole: 'staff', details: { code: 'forbidden' } },
    ]);
  });
});

describe('a coordinator learns nothing of roles held elsewhere (security review, points 4 and 5)', () => {
  let y: string;
  beforeAll(async () => {
    const admin = await nationalAdmin();
    const created = await admin.post('/api/v1/users', {
      email: 'y.tokommuner@test.example',
      name: 'Yrsa Tokommuner',
      assignment: { role: 'partner', municipalityCode: '0860' },
    });
    expect(created.statusCode, created.body).toBe(201);
    y = User.parse(created.json()).id;
    expect((await admin.post(`/api/v1/users/${y}/assignments`, { role: 'national_admin' })).statusCode).toBe(200);
    expect(
      (await admin.post(`/api/v1/users/${y}/assignments`, { role: 'coordinator', municipalityCode: '0217' }))
        .statusCode,
    ).toBe(200);
  });

  const ids = async (agent: Agent, filter: string) =>
    ListUsersResponse.parse((await agent.get(`/api/v1/users?q=tokommuner&${filter}`)).json()).items.map((u) => u.id);

  it('matches a role or municipality filter only on assignments in the coordinator’s own municipality', async () => {
    const coordinator = await coordinatorOf0860();
    const admin = await nationalAdmin();
    expect(await ids(coordinator, 'role=national_admin')).toEqual([]);
    expect(await ids(coordinator, 'role=coordinator')).toEqual([]);
    expect(await ids(coordinator, 'municipality=0217')).toEqual([]);
    expect(await ids(coordinator, 'role=partner')).toEqual([y]);
    expect(await ids(coordinator, 'municipality=0860')).toEqual([y]);
    // The agency's filters see every assignment.
    expect(await ids(admin, 'role=national_admin')).toEqual([y]);
    expect(await ids(admin, 'municipality=0217')).toEqual([y]);
  });

  it('audits creating a user with an e-mail in use in another municipality as a refused attempt, and creates nothing', async () => {
    const coordinator = await coordinatorOf0860();
    const { institution } = await buildInstitution(t.database, { municipalityCode: '0860' });
    const elsewhere = await t.buildPerson({ role: 'staff', municipalityCode: '0217' });
    const email = elsewhere.email;
    const target = elsewhere.id;
    const before = await accountState(target);
    const since = await lastAuditId();
    const res = await coordinator.post('/api/v1/users', {
      email,
      name: 'Prøvet Navn',
      assignment: { role: 'staff', municipalityCode: '0860', institutionId: institution.id },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('email_taken');
    expect(await accountState(target)).toEqual(before);
    expect(await refusalsSince(since, coordinator.person.id)).toMatchObject([
      {
        actorRole: 'coordinator',
        municipalityCode: '0860',
        details: {
          method: 'POST',
          route: '/api/v1/users',
          code: 'email_taken',
          reason: 'email_taken',
          email,
          role: 'staff',
        },
      },
    ]);
  });
});

describe('a password someone else set is theirs only until the first login', () => {
  it('forces the user to choose their own before anything else, and the setter’s password then stops working', async () => {
    const coordinator = await coordinatorOf0860();
    const { institution } = await buildInstitution(t.database, { municipalityCode: '0860' });
    const created = await coordinator.post('/api/v1/users', {
      email: 'ny.paedagog2@test.example',
      name: 'Nora Nyansat',
      assignment: { role: 'staff', municipalityCode: '0860', institutionId: institution.id },
    });
    expect(created.statusCode).toBe(201);
    const noraId = User.parse(created.json()).id;
    expect(User.parse(created.json())).toMatchObject({
      mustChangePassword: false,
      pendingLink: { purpose: 'invitation' },
      manageable: true,
      rolesElsewhere: false,
    });
    // Only the operator's `indsats create-user --must-change-password` still sets someone's password: as it does.
    await inMaintenanceTx(t.database.db, async (tx) => {
      await tx
        .update(users)
        .set({ passwordHash: await hashPassword('Tovholder-satte-den-42'), mustChangePassword: true })
        .where(eq(users.id, noraId));
    });

    const nora = await t.login('ny.paedagog2@test.example', 'Tovholder-satte-den-42');
    const session = SessionResponse.parse((await nora.get('/api/v1/session')).json());
    expect(session.mustChangePassword).toBe(true);
    const blocked = await nora.get('/api/v1/children');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    expect((await nora.put('/api/v1/session/role', { role: 'staff' })).statusCode).toBe(403);
    expect((await nora.get('/api/v1/session/sessions')).json().code).toBe('password_change_required');

    const since = await lastAuditId();
    const wrong = await nora.post('/api/v1/session/password', {
      currentPassword: 'gaet-en-gang',
      newPassword: 'Mine-egne-ord-i-haven',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([
      { field: 'currentPassword', message: 'Den nuværende adgangskode er forkert' },
    ]);
    const [failed] = await authRowsSince(since, 'auth.password_change_failed');
    expect(failed).toMatchObject({ chain: 'auth', entityType: 'user' });

    const weak = await nora.post('/api/v1/session/password', {
      currentPassword: 'Tovholder-satte-den-42',
      newPassword: 'password1234',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].field).toBe('newPassword');

    const changed = await nora.post('/api/v1/session/password', {
      currentPassword: 'Tovholder-satte-den-42',
      newPassword: 'Mine-egne-ord-i-haven',
    });
    expect(changed.statusCode).toBe(200);
    expect(SessionResponse.parse(changed.json()).mustChangePassword).toBe(false);
    expect((await nora.get('/api/v1/children')).statusCode).toBe(200);
    await expect(t.login('ny.paedagog2@test.example', 'Tovholder-satte-den-42')).rejects.toThrow(/401/);

    // A new link from the coordinator changes nothing until Nora follows it; then her sessions end.
    const resent = await coordinator.post(`/api/v1/users/${noraId}/password-link`);
    expect(User.parse(resent.json()).pendingLink).toMatchObject({ purpose: 'reset' });
    expect((await nora.get('/api/v1/session')).statusCode).toBe(200);
    const again = await acceptPasswordLink(t, 'ny.paedagog2@test.example', 'Nye-ord-fra-linket-i-mailen');
    expect((await nora.get('/api/v1/session')).statusCode).toBe(401);
    expect((await again.get('/api/v1/institutions')).statusCode).toBe(200);
  });
});
