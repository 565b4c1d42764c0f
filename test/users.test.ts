import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_LIMITS } from '../src/shared/contracts/field-limits.js';
import { users } from '../src/server/db/schema.js';
import { ListUsersResponse, User } from '../src/shared/contracts/users.js';
import { buildInstitution } from './helpers/factories.js';
import { acceptPasswordLink } from './helpers/password-links.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

const INSTITUTION_NAME = 'Børnehuset Mælkebøtten';

let t: TestApp;
let coordinator: Agent;
let admin: Agent;
/** The coordinator's own institution (Hjørring, 0860). */
let institutionId: string;
beforeAll(async () => {
  t = await startTestApp();
  coordinator = await t.loginAs('coordinator', { municipalityCode: '0860' });
  admin = await t.loginAs('national_admin');
  institutionId = (await buildInstitution(t.database, { municipalityCode: '0860', name: INSTITUTION_NAME })).institution
    .id;
});
afterAll(() => t.close());

const newStaff = (email: string, over: object = {}) => ({
  email,
  name: 'Ny Pædagog',
  assignment: { role: 'staff', municipalityCode: '0860', institutionId },
  ...over,
});

/** An institution in København (0101), a municipality the coordinator has nothing to do with. */
const elsewhereInstitution = async () =>
  (await buildInstitution(t.database, { municipalityCode: '0101' })).institution.id;

describe('managing users and roles', () => {
  it('lets a coordinator create a staff user in their municipality, who chooses a password through the invitation', async () => {
    const res = await coordinator.post('/api/v1/users', newStaff('ny.paedagog@hjoerring.example'));
    expect(res.statusCode).toBe(201);
    const user = User.parse(res.json());
    expect(user.assignments).toMatchObject([
      { role: 'staff', municipalityCode: '0860', institutionId, institutionName: INSTITUTION_NAME },
    ]);
    const agent = await acceptPasswordLink(t, 'ny.paedagog@hjoerring.example', 'Solbær-og-regnvejr-77');
    expect((await agent.get('/api/v1/session')).json().role).toBe('staff');
  });

  it('refuses a duplicate e-mail, a password of the admin’s choosing and an institution of another municipality', async () => {
    const existing = await t.buildPerson({ role: 'staff', municipalityCode: '0860', institutionId });
    const dup = await coordinator.post('/api/v1/users', newStaff(existing.email));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('email_taken');
    // Nobody makes up another person's password (issue 11, point 9): the field is refused.
    const chosen = await coordinator.post(
      '/api/v1/users',
      newStaff('valgt@hjoerring.example', { password: 'Solbær-og-regnvejr-77' }),
    );
    expect(chosen.statusCode).toBe(400);
    expect(chosen.json().errors[0].field).toBe('password');
    const wrongInst = await admin.post(
      '/api/v1/users',
      newStaff('forkert@hjoerring.example', {
        assignment: { role: 'staff', municipalityCode: '0860', institutionId: await elsewhereInstitution() },
      }),
    );
    expect(wrongInst.statusCode).toBe(400);
    expect(wrongInst.json().errors[0].field).toBe('institutionId');
  });

  it('does not let a coordinator hand out national roles or roles in another municipality', async () => {
    const national = await coordinator.post(
      '/api/v1/users',
      newStaff('konsulent2@hjoerring.example', { assignment: { role: 'consultant' } }),
    );
    expect(national.statusCode).toBe(403);
    const elsewhere = await coordinator.post(
      '/api/v1/users',
      newStaff('koebenhavn2@hjoerring.example', {
        assignment: { role: 'staff', municipalityCode: '0101', institutionId: await elsewhereInstitution() },
      }),
    );
    expect(elsewhere.statusCode).toBe(403);
    const created = await t.database.db.query.users.findMany({
      columns: { email: true },
      where: inArray(users.email, ['konsulent2@hjoerring.example', 'koebenhavn2@hjoerring.example']),
    });
    expect(created).toEqual([]);
  });

  it('hides other municipalities’ users from a coordinator (404) but not from the national admin', async () => {
    const theirStaff = await t.buildPerson({
      role: 'staff',
      municipalityCode: '0101',
      institutionId: await elsewhereInstitution(),
    });
    const all = ListUsersResponse.parse((await admin.get('/api/v1/users?municipality=0101&pageSize=200')).json());
    expect(all.items.map((u) => u.id)).toEqual([theirStaff.id]);
    expect((await coordinator.get(`/api/v1/users/${theirStaff.id}`)).statusCode).toBe(404);
    const patch = await coordinator.patch(`/api/v1/users/${theirStaff.id}`, { version: 1, name: 'Kapret' });
    expect(patch.statusCode).toBe(404);
    expect((await admin.get(`/api/v1/users/${theirStaff.id}`)).json().name).toBe(theirStaff.name);
    const [after] = await t.database.db.select({ name: users.name }).from(users).where(eq(users.id, theirStaff.id));
    expect(after?.name).toBe(theirStaff.name);
  });

  it('saves a name at its limit and refuses a longer one, naming the field (issue 11, point 5)', async () => {
    const atLimit = 'N'.repeat(USER_LIMITS.name);
    const over = 'N'.repeat(USER_LIMITS.name + 1);
    const message = 'Navnet må højst være 200 tegn, men er 201 tegn. Forkort det';
    const refused = await coordinator.post('/api/v1/users', newStaff('lang.navn@hjoerring.example', { name: over }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'name', message }]);
    const created = await coordinator.post('/api/v1/users', newStaff('lang.navn@hjoerring.example', { name: atLimit }));
    expect(created.statusCode, created.body).toBe(201);
    const user = User.parse(created.json());
    expect(user.name).toBe(atLimit);
    const patched = await coordinator.patch(`/api/v1/users/${user.id}`, { version: user.version, name: over });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().errors).toEqual([{ field: 'name', message }]);
    const [row] = await t.database.db.select({ name: users.name }).from(users).where(eq(users.id, user.id));
    expect(row?.name).toBe(atLimit);
  });

  it('deactivating a user ends their sessions', async () => {
    const partner = await t.loginAs('partner', { municipalityCode: '0860' });
    expect((await partner.get('/api/v1/session')).statusCode).toBe(200);
    const user = (await coordinator.get(`/api/v1/users/${partner.person.id}`)).json();
    const res = await coordinator.patch(`/api/v1/users/${partner.person.id}`, { version: user.version, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await partner.get('/api/v1/session')).statusCode).toBe(401);
  });

  it('adds and removes a role, but never the last one', async () => {
    const leaderId = (await t.buildPerson({ role: 'daycare_leader', municipalityCode: '0860' })).id;
    const added = await coordinator.post(`/api/v1/users/${leaderId}/assignments`, {
      role: 'coordinator',
      municipalityCode: '0860',
    });
    expect(added.statusCode).toBe(200);
    const assignment = User.parse(added.json()).assignments.find((a) => a.role === 'coordinator');
    expect(assignment).toBeDefined();
    const again = await coordinator.post(`/api/v1/users/${leaderId}/assignments`, {
      role: 'coordinator',
      municipalityCode: '0860',
    });
    expect(again.json().code).toBe('assignment_exists');
    const removed = await coordinator.delete(`/api/v1/users/${leaderId}/assignments/${assignment!.id}`);
    expect(removed.statusCode).toBe(200);
    const last = User.parse(removed.json()).assignments[0];
    const refused = await coordinator.delete(`/api/v1/users/${leaderId}/assignments/${last!.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('last_assignment');
  });
});
