import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../src/shared/contracts/common.js';
import { anyChildOf, countRows, ownInstitutionId } from './helpers/factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let leader: Agent;
beforeAll(async () => {
  t = await startTestApp();
  leader = await t.loginAsDemo('daycare_leader');
});
afterAll(() => t.close());

const newChild = { institutionId: ownInstitutionId(), firstName: 'Ny', lastName: 'Testesen', birthDate: '2023-01-02' };

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
    const wrongType = expectProblem(
      await leader.post('/api/v1/children', { ...newChild, firstName: 42 }),
      400,
      'validation_failed',
    );
    expect(wrongType.errors).toContainEqual({ field: 'firstName', message: expect.stringMatching(/streng/) });

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
  });

  it('answers 413 to a huge body and 415 to a non-JSON body', async () => {
    const huge = { ...newChild, firstName: 'x'.repeat(t.config.bodyLimit + 10) };
    expectProblem(await leader.post('/api/v1/children', huge), 413, 'payload_too_large');
    const form = await leader.request({
      method: 'POST',
      url: '/api/v1/children',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'firstName=Ny',
    });
    expectProblem(form, 415, 'unsupported_media_type');
  });

  it('stores SQL and HTML as plain text and returns it unchanged', async () => {
    const nasty = { ...newChild, firstName: '<script>alert(1)</script>', lastName: "Robert'); DROP TABLE children;--" };
    const res = await leader.post('/api/v1/children', nasty);
    expect(res.statusCode).toBe(201);
    const read = (await leader.get(`/api/v1/children/${res.json().id}`)).json();
    expect(read.firstName).toBe(nasty.firstName);
    expect(read.lastName).toBe(nasty.lastName);
    expect(await countRows(t.database, 'children')).toBeGreaterThan(1);
    const search = await leader.get(`/api/v1/children?q=${encodeURIComponent("%' OR '1'='1")}`);
    expect(search.json().items).toEqual([]);
  });

  it('answers 404 problem+json for an unknown API path', async () => {
    expectProblem(await leader.get('/api/v1/findes-ikke'), 404, 'not_found');
  });
});

describe('two people editing the same child', () => {
  it('keeps the first save and tells the second editor about the conflict', async () => {
    const child = await anyChildOf(t.database, ownInstitutionId());
    const staff = await t.loginAsDemo('staff');
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
    const child = await anyChildOf(t.database, ownInstitutionId());
    const fresh = (await leader.get(`/api/v1/children/${child.id}`)).json();
    const otherGroup = (await leader.get(`/api/v1/institutions/${ownInstitutionId('0860').replace(/.$/, '0')}`))
      .statusCode;
    expect(otherGroup).toBe(404);
    const foreignGroupId = '11111111-1111-4111-8111-111111111111';
    const res = await leader.patch(`/api/v1/children/${child.id}`, { version: fresh.version, groupId: foreignGroupId });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(problem.errors?.[0]?.field).toBe('groupId');
  });
});
