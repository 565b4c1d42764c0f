import { afterEach, describe, expect, it, vi } from 'vitest';
import { authEndpoints } from '../../../src/shared/contracts/endpoints/auth.js';
import { changeModelEndpoints, meetingEndpoints } from '../../../src/shared/contracts/endpoints/courses.js';
import { applicationEndpoints } from '../../../src/shared/contracts/endpoints/rounds.js';
import { call, endpointPath, endpointUrl } from '../../../web/src/api/call.js';
import { ApiError, setCsrfToken } from '../../../web/src/api/client.js';

const session = {
  user: { id: 'u1', email: 'a@b.dk', name: 'A', mustChangePassword: false },
  activeRole: 'coordinator',
};

function stubFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn((_url: string, _init: RequestInit) =>
    Promise.resolve(
      new Response(status === 204 ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('endpointPath', () => {
  it('fills each :name with its value, encoded as one path segment', () => {
    expect(endpointPath(changeModelEndpoints.deleteMeasurement, { id: 'c 1', key: 'a/b', measurementId: 'm?1' })).toBe(
      '/courses/c%201/indicators/a%2Fb/measurements/m%3F1',
    );
  });

  it('refuses a missing or empty parameter rather than calling a shorter path', () => {
    expect(() => endpointPath(applicationEndpoints.read, { id: '' })).toThrow(/parameter "id" is missing/);
    expect(() => endpointPath(applicationEndpoints.dismissConflict, { id: 'a' })).toThrow(/"conflictId"/);
  });

  it('leaves a path without parameters as it is', () => {
    expect(endpointPath(authEndpoints.session)).toBe('/session');
  });
});

describe('endpointUrl', () => {
  it('puts the API base in front and only the set query values behind', () => {
    expect(endpointUrl(changeModelEndpoints.diagram, { params: { id: 'c1' }, query: { version: 3 } })).toBe(
      '/api/v1/courses/c1/change-model/diagram.svg?version=3',
    );
    expect(endpointUrl(changeModelEndpoints.diagram, { params: { id: 'c1' }, query: {} })).toBe(
      '/api/v1/courses/c1/change-model/diagram.svg',
    );
    expect(
      endpointUrl(meetingEndpoints.courseTrials, {
        params: { id: 'c1' },
        query: { status: undefined, page: 2, pageSize: 10 },
      }),
    ).toBe('/api/v1/courses/c1/trials?page=2&pageSize=10');
  });
});

describe('call', () => {
  it('sends the method, the JSON body and the CSRF token, and returns the answer', async () => {
    const fetchMock = stubFetch(200, { ok: true });
    setCsrfToken('tok');
    await expect(call(authEndpoints.logout)).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/auth/logout');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('tok');
  });

  it('sends a GET without the CSRF token and with the query', async () => {
    const fetchMock = stubFetch(200, { items: [], page: { page: 2, pageSize: 10, total: 0 } });
    setCsrfToken('tok');
    await call(meetingEndpoints.courseTrials, { params: { id: 'c1' }, query: { page: 2, pageSize: 10 } });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/courses/c1/trials?page=2&pageSize=10');
    expect(init.method).toBe('GET');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect(init.body).toBeNull();
  });

  it('serialises the body as JSON', async () => {
    const fetchMock = stubFetch(401, {
      type: 'about:blank',
      title: 'Forkert',
      status: 401,
      code: 'invalid_credentials',
    });
    await expect(call(authEndpoints.login, { body: { email: 'a@b.dk', password: 'x' } })).rejects.toMatchObject({
      status: 401,
      code: 'invalid_credentials',
    });
    const [, init] = fetchMock.mock.calls[0]!;
    expect(JSON.parse(init.body as string)).toEqual({ email: 'a@b.dk', password: 'x' });
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
  });

  it('returns nothing for 204', async () => {
    stubFetch(204, null);
    await expect(
      call(applicationEndpoints.dismissConflict, { params: { id: 'a', conflictId: 'b' } }),
    ).resolves.toBeUndefined();
  });

  it('checks the answer against the response schema in development and tests', async () => {
    stubFetch(200, session);
    await expect(call(authEndpoints.session)).rejects.toThrow(/GET \/session answered outside its schema/);
  });

  it('turns a failed network into ApiError status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    const error = await call(authEndpoints.session).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });
});
