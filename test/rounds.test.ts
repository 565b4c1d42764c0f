import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUND_LIMITS } from '../src/shared/contracts/field-limits.js';
import { auditLog, rounds } from '../src/server/db/schema.js';
import { DEFAULT_CRITERIA, DEFAULT_REQUIREMENTS } from '../src/server/seed/demo-rounds.js';
import { ListRoundsResponse, Round } from '../src/shared/contracts/rounds.js';
import { buildRound } from './helpers/round-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.loginAs('national_admin');
});
afterAll(() => t.close());

const newRound = {
  name: 'Januar – december 2028',
  courseStart: '2028-01-01',
  courseEnd: '2028-12-31',
  deadline: '2027-10-29T12:00:00+02:00',
  capacity: 5,
  criteria: DEFAULT_CRITERIA,
  requirements: DEFAULT_REQUIREMENTS,
  balanceRules: { smallPopulationBelow: 40_000, minSmall: 1, minRegions: 3 },
};

describe('application rounds', () => {
  it('lets the admin create a round with a deadline in Danish time, and edit it without losing a concurrent edit', async () => {
    const created = await admin.post('/api/v1/rounds', newRound);
    expect(created.statusCode).toBe(201);
    const round = Round.parse(created.json());
    expect(round).toMatchObject({ status: 'open', capacity: 5, deadline: '2027-10-29T10:00:00.000Z', assessors: [] });
    const first = await admin.patch(`/api/v1/rounds/${round.id}`, { version: 1, capacity: 4 });
    expect(first.json()).toMatchObject({ capacity: 4, version: 2 });
    const stale = await admin.patch(`/api/v1/rounds/${round.id}`, { version: 1, capacity: 3 });
    expect(stale.statusCode).toBe(409);
    const [row] = await t.database.db.select().from(rounds).where(eq(rounds.id, round.id));
    expect(row?.capacity).toBe(4);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, round.id));
    expect(audit.map((a) => a.action)).toEqual(['round.create', 'round.update']);
  });

  it('moves an open round’s deadline into the past only when the request says it is confirmed', async () => {
    const round = Round.parse((await admin.post('/api/v1/rounds', newRound)).json());
    const draft = await t.loginAs('coordinator', { municipalityCode: '0101' });
    expect((await draft.post(`/api/v1/rounds/${round.id}/applications`, {})).statusCode).toBe(201);
    const past = new Date(t.now().getTime() - 60_000).toISOString();
    const refused = await admin.patch(`/api/v1/rounds/${round.id}`, { version: 1, deadline: past });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'confirmation_required',
      detail: expect.stringContaining('lukker straks for alle kommuner: én kommune har en kladde'),
    });
    expect(Round.parse((await admin.get(`/api/v1/rounds/${round.id}`)).json())).toMatchObject({ status: 'open' });
    // A later deadline needs no confirmation; the past one does, and then closes the round.
    const later = await admin.patch(`/api/v1/rounds/${round.id}`, {
      version: 1,
      deadline: '2027-11-01T12:00:00+01:00',
    });
    expect(later.statusCode, later.body).toBe(200);
    const closed = await admin.patch(`/api/v1/rounds/${round.id}`, { version: 2, deadline: past, confirmed: true });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(Round.parse(closed.json()).status).toBe('closed');
  });

  it('names the field when a round does not fit together', async () => {
    const two = await admin.post('/api/v1/rounds', { ...newRound, criteria: DEFAULT_CRITERIA.slice(0, 2) });
    expect(two.statusCode).toBe(400);
    expect(two.json().errors).toContainEqual({
      field: 'criteria',
      message: 'Der skal være præcis tre tildelingskriterier',
    });
    const backwards = await admin.post('/api/v1/rounds', { ...newRound, courseEnd: '2027-12-31' });
    expect(backwards.json().errors).toContainEqual({
      field: 'courseEnd',
      message: 'Forløbet skal slutte efter, at det begynder',
    });
    const noZone = await admin.post('/api/v1/rounds', { ...newRound, deadline: '2027-10-29T12:00' });
    expect(noZone.json().errors[0].field).toBe('deadline');
    const rule = await admin.post('/api/v1/rounds', { ...newRound, balanceRules: { minLarge: 1 } });
    expect(rule.json().errors[0].field).toBe('balanceRules.smallPopulationBelow');
    const patchBackwards = await admin.patch(`/api/v1/rounds/${await buildRound(t.database)}`, {
      version: 1,
      courseEnd: '2027-01-01',
    });
    expect(patchBackwards.json().errors).toContainEqual({
      field: 'courseEnd',
      message: 'Forløbet skal slutte efter, at det begynder',
    });
  });

  it('saves a name and a criterion at their limits and refuses longer ones, naming the field (issue 11, point 5)', async () => {
    const name = 'R'.repeat(ROUND_LIMITS.name);
    const text = 'k'.repeat(ROUND_LIMITS.text);
    const withTexts = (criterion: string, requirement: string) => ({
      criteria: [{ ...DEFAULT_CRITERIA[0]!, text: criterion }, ...DEFAULT_CRITERIA.slice(1)],
      requirements: [...DEFAULT_REQUIREMENTS.slice(0, 2), { ...DEFAULT_REQUIREMENTS[2]!, text: requirement }],
    });
    const refused = await admin.post('/api/v1/rounds', {
      ...newRound,
      name: `${name}R`,
      ...withTexts(`${text}k`, `${text}k`),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      { field: 'name', message: 'Navnet må højst være 200 tegn, men er 201 tegn. Forkort det' },
      {
        field: 'criteria.0.text',
        message: 'Tildelingskriteriet må højst være 1.000 tegn, men er 1.001 tegn. Forkort det',
      },
      { field: 'requirements.2.text', message: 'Kravet må højst være 1.000 tegn, men er 1.001 tegn. Forkort det' },
    ]);
    const created = await admin.post('/api/v1/rounds', { ...newRound, name, ...withTexts(text, text) });
    expect(created.statusCode, created.body).toBe(201);
    const round = Round.parse(created.json());
    expect(round.name).toBe(name);
    expect(round.criteria[0]?.text).toBe(text);
    expect(round.requirements[2]?.text).toBe(text);
    const patched = await admin.patch(`/api/v1/rounds/${round.id}`, { version: round.version, name: `${name}R` });
    expect(patched.json().errors).toEqual([
      { field: 'name', message: 'Navnet må højst være 200 tegn, men er 201 tegn. Forkort det' },
    ]);
    expect(Round.parse((await admin.get(`/api/v1/rounds/${round.id}`)).json()).name).toBe(name);
  });

  it('shows an assessor only the rounds assigned to them (404 for the others)', async () => {
    const assessor = await t.loginAs('assessor');
    const assessorId = assessor.person.id;
    const assigned = await buildRound(t.database, { name: 'Runde med bedømmeren', assessorIds: [assessorId] });
    const other = await buildRound(t.database, { name: 'Runde uden bedømmeren' });
    const list = ListRoundsResponse.parse((await assessor.get('/api/v1/rounds')).json());
    const names = list.items.map((r) => r.name);
    expect(names).toContain('Runde med bedømmeren');
    expect(names).not.toContain('Runde uden bedømmeren');
    expect((await assessor.get(`/api/v1/rounds/${other}`)).statusCode).toBe(404);
    expect((await assessor.get(`/api/v1/rounds/${assigned}`)).statusCode).toBe(200);
  });

  it('lets the admin set the assessors, who must hold the assessor role', async () => {
    const assessor = await t.loginAs('assessor');
    const assessorId = assessor.person.id;
    const coordinatorId = (await t.buildPerson({ role: 'coordinator' })).id;
    const roundId = await buildRound(t.database);
    expect((await assessor.get(`/api/v1/rounds/${roundId}`)).statusCode).toBe(404);
    const wrong = await admin.put(`/api/v1/rounds/${roundId}/assessors`, {
      userIds: [assessorId, coordinatorId],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([
      { field: 'userIds.1', message: 'Brugeren findes ikke eller har ikke rollen bedømmer' },
    ]);
    const ok = await admin.put(`/api/v1/rounds/${roundId}/assessors`, { userIds: [assessorId] });
    expect(Round.parse(ok.json()).assessors?.map((a) => a.id)).toEqual([assessorId]);
    expect((await assessor.get(`/api/v1/rounds/${roundId}`)).statusCode).toBe(200);
  });
});
