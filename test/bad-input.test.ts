import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../src/shared/contracts/common.js';
import { buildChild, buildInstitution, countRows } from './helpers/factories.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';

// The file's own daycare in Hjørring, its leader and one child of its own; every test builds what else it needs.
let t: TestApp;
let institutionId: string;
let leader: PersonAgent;
let newChild: { institutionId: string; firstName: string; lastName: string; birthDate: string };
beforeAll(async () => {
  t = await startTestApp();
  institutionId = (await buildInstitution(t.database, { municipalityCode: '0860' })).institution.id;
  leader = await t.loginAs('daycare_leader', { municipalityCode: '0860', institutionId });
  await buildChild(t.database, { institutionId, firstName: 'Eksisterende' });
  newChild = { institutionId, firstName: 'Ny', lastName: 'Testesen', birthDate: '2023-01-02' };
});
afterAll(() => t.close());

const childrenOfTheDaycare = () => countRows(t.database, 'children', `institution_id = '${institutionId}'`);

function expectProblem(
  res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = Problem.parse(res.json());
  expect(body.code).toBe(code);
  expect(body.title.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|SELECT|node_modules/);
  return body;
}

describe('bad input gets a clear Danish problem and changes nothing', () => {
  it('rejects malformed JSON with 400', async () => {
    const before = await countRows(t.database, 'children');
    const res = await leader.request({
      method: 'POST',
      url: '/api/v1/children',
      headers: { 'content-type': 'application/json' },
      payload: '{"firstName": "Ny",',
    });
    expectProblem(res, 400, 'malformed_json');
    expect(await countRows(t.database, 'children')).toBe(before);
  });

  it('names the field with the wrong type, the missing field and the unknown field', async () => {
    const before = await countRows(t.database, 'children');
    const wrongType = expectProblem(
      await leader.post('/api/v1/children', { ...newChild, firstName: 42 }),
      400,
      'validation_failed',
    );
    expect(wrongType.errors).toContainEqual({ field: 'firstName', message: 'Skriv en tekst' });

    const { lastName: _omit, ...withoutLastName } = newChild;
    const missing = expectProblem(await leader.post('/api/v1/children', withoutLastName), 400, 'validation_failed');
    expect(missing.errors).toContainEqual({ field: 'lastName', message: 'Feltet skal udfyldes' });

    const unknown = expectProblem(
      await leader.post('/api/v1/children', { ...newChild, cpr: '0101011234' }),
      400,
      'validation_failed',
    );
    expect(unknown.errors?.[0]?.field).toBe('cpr');

    const badDate = expectProblem(
      await leader.post('/api/v1/children', { ...newChild, birthDate: '31-12-2022' }),
      400,
      'validation_failed',
    );
    expect(badDate.errors).toContainEqual({
      field: 'birthDate',
      message: 'Fødselsdatoen skal være en dato (ÅÅÅÅ-MM-DD)',
    });

    const badQuery = expectProblem(await leader.get('/api/v1/children?page=nul'), 400, 'validation_failed');
    expect(badQuery.errors?.[0]?.field).toBe('page');
    expect(await countRows(t.database, 'children')).toBe(before);
  });

  it('answers 413 to a huge body and 415 to a non-JSON body', async () => {
    const before = await countRows(t.database, 'children');
    const huge = { ...newChild, firstName: 'x'.repeat(t.config.bodyLimit + 10) };
    expectProblem(await leader.post('/api/v1/children', huge), 413, 'payload_too_large');
    const form = await leader.request({
      method: 'POST',
      url: '/api/v1/children',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'firstName=Ny',
    });
    expectProblem(form, 415, 'unsupported_media_type');
    expect(await countRows(t.database, 'children')).toBe(before);
  });

  it('stores SQL and HTML as plain text and returns it unchanged', async () => {
    const nasty = { ...newChild, firstName: '<script>alert(1)</script>', lastName: "Robert'); DROP TABLE children;--" };
    const [all, own] = [await countRows(t.database, 'children'), await childrenOfTheDaycare()];
    expect(own).toBeGreaterThan(0); // the search below has children it could wrongly find
    const res = await leader.post('/api/v1/children', nasty);
    expect(res.statusCode).toBe(201);
    const read = (await leader.get(`/api/v1/children/${res.json().id}`)).json();
    expect(read.firstName).toBe(nasty.firstName);
    expect(read.lastName).toBe(nasty.lastName);
    expect(await countRows(t.database, 'children')).toBe(all + 1);
    expect(await childrenOfTheDaycare()).toBe(own + 1);
    const search = await leader.get(`/api/v1/children?q=${encodeURIComponent("%' OR '1'='1")}`);
    expect(search.json().items).toEqual([]);
  });

  it('answers 404 problem+json for an unknown API path', async () => {
    expectProblem(await leader.get('/api/v1/findes-ikke'), 404, 'not_found');
  });
});

describe('two people editing the same child', () => {
  it('keeps the first save and tells the second editor about the conflict', async () => {
    const child = await buildChild(t.database, { institutionId });
    const staff = await t.loginAs('staff', { municipalityCode: '0860', institutionId });
    const first = await leader.patch(`/api/v1/children/${child.id}`, { version: child.version, firstName: 'Først' });
    expect(first.statusCode).toBe(200);
    const second = await staff.patch(`/api/v1/children/${child.id}`, { version: child.version, firstName: 'Anden' });
    const problem = expectProblem(second, 409, 'version_conflict');
    expect(problem.title).toMatch(/En anden har ændret/);
    expect((await leader.get(`/api/v1/children/${child.id}`)).json()).toMatchObject({
      firstName: 'Først',
      version: child.version + 1,
    });
  });

  it('refuses a group from another institution, naming the field', async () => {
    const child = await buildChild(t.database, { institutionId });
    const fresh = (await leader.get(`/api/v1/children/${child.id}`)).json();
    // a neighbour in Hjørring (visible, its groups not the child's), one in Odense (404) and an id of nothing (404)
    const neighbour = await buildInstitution(t.database, { municipalityCode: '0860' });
    const elsewhere = await buildInstitution(t.database, { municipalityCode: '0461' });
    const unknownId = '11111111-1111-4111-8111-111111111111';
    expect((await leader.get(`/api/v1/institutions/${elsewhere.institution.id}`)).statusCode).toBe(404);
    expect((await leader.get(`/api/v1/institutions/${unknownId}`)).statusCode).toBe(404);
    for (const groupId of [neighbour.group.id, elsewhere.group.id, unknownId]) {
      const res = await leader.patch(`/api/v1/children/${child.id}`, { version: fresh.version, groupId });
      const problem = expectProblem(res, 400, 'validation_failed');
      expect(problem.errors?.[0]?.field).toBe('groupId');
    }
    expect((await leader.get(`/api/v1/children/${child.id}`)).json()).toEqual(fresh);
  });
});
