import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListUsersResponse, User } from '../src/shared/contracts/users.js';
import { ownInstitutionId } from './helpers/factories.js';
import { demoUser, startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let coordinator: Agent;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  coordinator = await t.loginAsDemo('coordinator', '0860');
  admin = await t.loginAsDemo('national_admin');
});
afterAll(() => t.close());

const newStaff = (email: string, over: object = {}) => ({
  email,
  name: 'Ny Pædagog',
  password: 'en-lang-adgangskode',
  assignment: { role: 'staff', municipalityCode: '0860', institutionId: ownInstitutionId('0860') },
  ...over,
});

describe('managing users and roles', () => {
  it('lets a coordinator create a staff user in their municipality, who can then log in', async () => {
    const res = await coordinator.post('/api/v1/users', newStaff('ny.paedagog@kommune.example'));
    expect(res.statusCode).toBe(201);
    const user = User.parse(res.json());
    expect(user.assignments).toMatchObject([
      { role: 'staff', municipalityCode: '0860', institutionName: 'Børnehuset Solsikken' },
    ]);
    const agent = await t.login('ny.paedagog@kommune.example', 'en-lang-adgangskode');
    expect((await agent.get('/api/v1/session')).json().role).toBe('staff');
  });

  it('refuses a duplicate e-mail, a short password and an institution of another municipality', async () => {
    const dup = await coordinator.post('/api/v1/users', newStaff(demoUser('staff').email));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('email_taken');
    const short = await coordinator.post('/api/v1/users', newStaff('kort@kommune.example', { password: 'kort' }));
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toContainEqual({
      field: 'password',
      message: 'Adgangskoden skal være på mindst 12 tegn',
    });
    const wrongInst = await admin.post(
      '/api/v1/users',
      newStaff('forkert@kommune.example', {
        assignment: { role: 'staff', municipalityCode: '0860', institutionId: ownInstitutionId('0217') },
      }),
    );
    expect(wrongInst.statusCode).toBe(400);
    expect(wrongInst.json().errors[0].field).toBe('institutionId');
  });

  it('does not let a coordinator hand out national roles or roles in another municipality', async () => {
    const national = await coordinator.post(
      '/api/v1/users',
      newStaff('konsulent2@kommune.example', { assignment: { role: 'consultant' } }),
    );
    expect(national.statusCode).toBe(403);
    const elsewhere = await coordinator.post(
      '/api/v1/users',
      newStaff('helsingoer2@kommune.example', {
        assignment: { role: 'staff', municipalityCode: '0217', institutionId: ownInstitutionId('0217') },
      }),
    );
    expect(elsewhere.statusCode).toBe(403);
    const list = await t.database.db.query.users.findMany({ columns: { email: true } });
    expect(list.map((u) => u.email)).not.toContain('helsingoer2@kommune.example');
  });

  it('hides other municipalities’ users from a coordinator (404) but not from the national admin', async () => {
    const all = ListUsersResponse.parse((await admin.get('/api/v1/users?pageSize=200')).json());
    const helsingoerStaff = all.items.find((u) => u.email === demoUser('staff', '0217').email);
    expect(helsingoerStaff).toBeDefined();
    expect((await coordinator.get(`/api/v1/users/${helsingoerStaff!.id}`)).statusCode).toBe(404);
    const patch = await coordinator.patch(`/api/v1/users/${helsingoerStaff!.id}`, { version: 1, name: 'Kapret' });
    expect(patch.statusCode).toBe(404);
    expect((await admin.get(`/api/v1/users/${helsingoerStaff!.id}`)).json().name).toBe(demoUser('staff', '0217').name);
  });

  it('deactivating a user ends their sessions', async () => {
    const partner = await t.loginAsDemo('partner');
    const me = (await partner.get('/api/v1/session')).json();
    const user = (await coordinator.get(`/api/v1/users/${me.user.id}`)).json();
    const res = await coordinator.patch(`/api/v1/users/${me.user.id}`, { version: user.version, active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await partner.get('/api/v1/session')).statusCode).toBe(401);
  });

  it('adds and removes a role, but never the last one', async () => {
    const leaderId = (await (await t.loginAsDemo('daycare_leader')).get('/api/v1/session')).json().user.id;
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
