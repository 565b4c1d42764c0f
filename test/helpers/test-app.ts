import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import type { Database } from '../../src/server/db/client.js';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from '../../src/server/seed/demo-users.js';
import type { Role } from '../../src/shared/roles.js';
import { buildPerson, TEST_PASSWORD, type PersonValues, type TestPerson } from './people.js';
import { testNow } from './test-clock.js';
import { openTestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Logs a user in and returns an agent that sends their cookie and CSRF token. */
  login(email: string, password?: string): Promise<Agent>;
  /**
   * Logs in with a password someone else set and chooses an own one first
   * (the session can do nothing else until then, docs/adr/0011).
   */
  loginChoosingPassword(email: string, given: string, own: string): Promise<Agent>;
  /**
   * Builds a new person with this role (test/helpers/people.ts) and logs them
   * in: a municipal role in Hjørring (0860) unless `values` names another
   * municipality, a leader or staff member in a new institution unless given.
   */
  loginAs(role: Role, values?: Omit<PersonValues, 'role'>): Promise<PersonAgent>;
  /** Builds a person of the test's own without logging in. */
  buildPerson(values: PersonValues): Promise<TestPerson>;
  /** Logs in a person the test built. */
  loginPerson(person: TestPerson): Promise<PersonAgent>;
  /**
   * Logs in the demo user of a role (Hjørring unless `municipality` is given).
   * Only for the tests of the demo itself (test/unit/no-demo-in-tests.test.ts
   * refuses it anywhere else).
   */
  loginAsDemo(role: Role, municipality?: '0860' | '0217'): Promise<Agent>;
  anonymous: Agent;
  /** The app's "now" (its clock: TEST_START running on, unless the test gave its own). */
  now(): Date;
  close(): Promise<void>;
}

/** An agent logged in as a person the test built. */
export interface PersonAgent extends Agent {
  person: TestPerson;
}

export interface Agent {
  cookie: string | null;
  csrfToken: string | null;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/**
 * Uploaded files go to a temporary folder of each config's own, never into the
 * repository and never shared: test files run one after another in one worker
 * (vitest.config.ts, `isolate: false`), and a test counts the files on disk.
 */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const filesDir = join(tmpdir(), `indsats-test-files-${randomUUID()}`);
  return loadConfig({
    INDSATS_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    INDSATS_FILES_DIR: filesDir,
    ...overrides,
  });
}

export function demoUser(role: Role, municipality: '0860' | '0217' = '0860'): DemoUser {
  const user = DEMO_USERS.find(
    (u) => u.role === role && (u.municipalityCode === null || u.municipalityCode === municipality),
  );
  if (!user) throw new Error(`no demo user for ${role}`);
  return user;
}

function makeAgent(app: FastifyInstance, cookie: string | null, csrfToken: string | null): Agent {
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...options.headers,
      },
    });
  const withBody = (method: 'POST' | 'PATCH' | 'PUT') => (url: string, body?: unknown) =>
    request({ method, url, ...(body === undefined ? {} : { payload: body as object }) });
  return {
    cookie,
    csrfToken,
    request,
    get: (url) => request({ method: 'GET', url }),
    post: withBody('POST'),
    patch: withBody('PATCH'),
    put: withBody('PUT'),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}

export function sessionCookieOf(response: LightMyRequestResponse): string | null {
  const c = response.cookies.find((x) => x.name === 'indsats_session');
  return c ? `indsats_session=${c.value}` : null;
}

export interface TestAppOptions {
  /** A pinned clock for sessions and login (see buildApp). */
  clock?: () => Date;
  /** Serve a web client from this folder (default: none). */
  webRoot?: string;
  /** A database of the test's own (default: a private copy of the shared demo template). */
  database?: Database;
  /** Where the app's log goes (with INDSATS_LOG_LEVEL set in `env`). */
  logStream?: { write(line: string): void };
}

/** The real application on a private copy of the demo database, driven through fastify.inject. */
export async function startTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const { database: own, ...appOptions } = options;
  const database = own ?? (await openTestDatabase());
  const config = testConfig(env);
  const clock = appOptions.clock ?? testNow;
  const app = await buildApp({ config, database, serveWeb: options.webRoot !== undefined, ...appOptions, clock });
  await app.ready();
  const login = async (email: string, password = DEMO_PASSWORD) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
    return makeAgent(app, sessionCookieOf(res), res.json<{ csrfToken: string }>().csrfToken);
  };
  const loginPerson = async (person: TestPerson): Promise<PersonAgent> => ({
    ...(await login(person.email, TEST_PASSWORD)),
    person,
  });
  return {
    app,
    database,
    config,
    login,
    buildPerson: (values) => buildPerson(database, values),
    loginPerson,
    loginAs: async (role, values = {}) => loginPerson(await buildPerson(database, { ...values, role })),
    loginAsDemo: (role, municipality) => login(demoUser(role, municipality).email),
    loginChoosingPassword: async (email, given, own) => {
      const agent = await login(email, given);
      const res = await agent.post('/api/v1/session/password', { currentPassword: given, newPassword: own });
      if (res.statusCode !== 200) throw new Error(`password change for ${email} failed: ${res.statusCode} ${res.body}`);
      return agent;
    },
    anonymous: makeAgent(app, null, null),
    now: clock,
    close: async () => {
      await app.close();
      await database.close();
      if (!env.INDSATS_FILES_DIR) rmSync(config.filesDir, { recursive: true, force: true });
    },
  };
}
