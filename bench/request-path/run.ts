import { danishToday } from '../../src/server/time/danish-today.js';
/**
 * `BENCH_ONLY=request-path npm run bench` (issue 10 point 9): the price of one
 * request through the app as `npm start` runs it, against a bare Fastify + pg
 * baseline sending the same JSON, on a fresh PostgreSQL database with the demo
 * data (seeded by the app's own code). Also the database round trips per
 * request and the time a restart takes, on PostgreSQL and on PGlite.
 * Figures and their meaning: docs/benchmarks.md, "Request path (issue 10)".
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/server/seed/demo-users.js';
import { prepareDatabase } from '../../src/server/server.js';
import { recreateDatabase } from '../database.js';
import { measure, type LoadResult, type LoadSettings } from '../load.js';
import { startRequestPathBaseline, storeDocuments } from './baseline.js';
import { buildServer, measureImport, measureRestarts, startApp, type AppProcess } from './process.js';
import { countTrips } from './round-trips.js';

const RESULTS_FILE = new URL('../results/request-path.json', import.meta.url);
const MUNICIPALITY = '0860';
const PAGE_SIZE = 50;
const GOALS = { scoped: 0.5, audited: 0.3 } as const;
const log = (line: string) => console.log(line);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The database: DATABASE_URL's server (default 127.0.0.1:5432) with a database of its own, always created fresh. */
function databaseUrl(): string {
  const url = new URL(process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/indsats_bench');
  url.pathname = `/${decodeURIComponent(url.pathname.slice(1)) || 'indsats_bench'}_request_path`;
  return url.toString();
}

interface Ids {
  courseId: string;
  meetingId: string;
  applicationId: string;
  childIds: string[];
}

/** What the demo holds for the chief's municipality: the meeting with the most trials agreed at it, its course, the newest application. */
async function pickIds(url: string): Promise<Ids> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (text: string, values: string[] = [MUNICIPALITY]) => {
      const { rows } = await client.query<{ id: string }>(text, values);
      if (!rows[0]) throw new Error(`demodata mangler: ${text}`);
      return rows;
    };
    const [meeting] = await one(
      `SELECT m.id FROM course_meetings m JOIN courses c ON c.id = m.course_id WHERE c.municipality_code = $1
       ORDER BY (SELECT count(*) FROM trials t WHERE t.meeting_id = m.id) DESC, (m.kind = 'working_group') DESC, m.id LIMIT 1`,
    );
    const [course] = await one(`SELECT course_id AS id FROM course_meetings WHERE id = $1`, [meeting?.id ?? '']);
    const [application] = await one(
      `SELECT id FROM applications WHERE municipality_code = $1 ORDER BY submitted_at DESC NULLS LAST, id LIMIT 1`,
    );
    const children = await one(`SELECT id FROM children WHERE municipality_code = $1 ORDER BY id LIMIT 200`);
    return {
      courseId: course?.id ?? '',
      meetingId: meeting?.id ?? '',
      applicationId: application?.id ?? '',
      childIds: children.map((c) => c.id),
    };
  } finally {
    await client.end();
  }
}

const chief = DEMO_USERS.find((u) => u.role === 'daycare_chief' && u.municipalityCode === MUNICIPALITY);

async function logIn(origin: string): Promise<string> {
  if (!chief) throw new Error('demoens dagtilbudschef mangler');
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: chief.email, password: DEMO_PASSWORD }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('indsats_session='));
  if (!res.ok || !cookie) throw new Error(`login som ${chief.email} gav ${res.status}`);
  return cookie.split(';')[0] ?? cookie;
}

async function getJson(url: string, cookie?: string): Promise<unknown> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  if (!res.ok) throw new Error(`GET ${url} gav ${res.status}: ${await res.text()}`);
  return res.json();
}

interface Endpoint {
  key: string;
  name: string;
  kind: 'scoped' | 'audited';
  appPaths: string[];
  basePaths: string[];
  /** The same document read as the issue's design must (baseline.ts, registerFloorRoute); none for the child routes. */
  floorPaths?: string[];
}

function endpoints(ids: Ids): Endpoint[] {
  const doc = (key: string, name: string, kind: Endpoint['kind'], path: string): Endpoint => ({
    key,
    name,
    kind,
    appPaths: [path],
    basePaths: [`/documents/${key}`],
    floorPaths: [`/floor/documents/${key}${kind === 'audited' ? '?audit=1' : ''}`],
  });
  return [
    doc('course', 'Læs et forløb', 'scoped', `/api/v1/courses/${ids.courseId}`),
    doc('application', 'Læs en ansøgning (revisionslogget)', 'audited', `/api/v1/applications/${ids.applicationId}`),
    doc('meeting', 'Læs et møde (revisionslogget)', 'audited', `/api/v1/meetings/${ids.meetingId}`),
    doc('dashboard', 'Forløbets overblik', 'scoped', `/api/v1/courses/${ids.courseId}/dashboard`),
    {
      key: 'childList',
      name: 'Kommunens børneliste',
      kind: 'scoped',
      appPaths: [`/api/v1/children?pageSize=${PAGE_SIZE}`],
      basePaths: [`/municipalities/${MUNICIPALITY}/children?pageSize=${PAGE_SIZE}`],
    },
    {
      key: 'childRead',
      name: 'Læs ét barn (revisionslogget)',
      kind: 'audited',
      appPaths: ids.childIds.map((id) => `/api/v1/children/${id}`),
      basePaths: ids.childIds.map((id) => `/municipalities/${MUNICIPALITY}/children/${id}`),
    },
  ];
}

/** Stores the app's answers as the baseline's documents, then proves both answer every endpoint alike. */
async function prepareBaselineAnswers(url: string, app: AppProcess, cookie: string, list: Endpoint[]): Promise<void> {
  const documents = new Map<string, unknown>();
  for (const e of list) {
    const [path] = e.appPaths;
    if (path && e.basePaths[0]?.startsWith('/documents/'))
      documents.set(e.key, await getJson(app.origin + path, cookie));
  }
  await storeDocuments(url, documents);
}

async function verify(appOrigin: string, baseOrigin: string, cookie: string, e: Endpoint): Promise<void> {
  for (const [i, path] of e.appPaths.slice(0, 5).entries()) {
    const ours = await getJson(appOrigin + path, cookie);
    const theirs = await getJson(baseOrigin + (e.basePaths[i] ?? ''));
    if (!isDeepStrictEqual(ours, theirs)) throw new Error(`${e.name}: appen og baseline svarer forskelligt på ${path}`);
  }
}

/** Round trips per request, counted in an app built in this process on the same database (no other load meanwhile). */
async function roundTrips(url: string, list: Endpoint[]): Promise<Record<string, number>> {
  const config = loadConfig({ INDSATS_LOG_LEVEL: 'silent', DATABASE_URL: url });
  const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
  const app = await buildApp({ config, database, serveWeb: false });
  try {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: chief?.email, password: DEMO_PASSWORD },
    });
    const session = login.cookies.find((c) => c.name === 'indsats_session');
    if (!session) throw new Error(`login i måleappen gav ${login.statusCode}`);
    const cookie = `indsats_session=${session.value}`;
    const trips: Record<string, number> = {};
    const runs = 4;
    for (const e of list) {
      const path = e.appPaths[0] ?? '';
      const get = async () => {
        const res = await app.inject({ method: 'GET', url: path, headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(`${path} gav ${res.statusCode}`);
      };
      await get();
      trips[e.key] =
        (await countTrips(async () => {
          for (let i = 0; i < runs; i++) await get();
        })) / runs;
    }
    return trips;
  } finally {
    await app.close();
    await database.close();
  }
}

export async function runRequestPathBench(settings: LoadSettings): Promise<void> {
  const started = Date.now();
  const url = databaseUrl();
  const restartRuns = Number(process.env.BENCH_RESTART_RUNS ?? 5);
  const workDir = mkdtempSync(join(os.tmpdir(), 'indsats-request-path-'));
  const logFile = join(workDir, 'server.log');
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    log('Bygger serveren (dist/), som "npm start" kører …');
    await buildServer();
  }
  log(`Anmodningens vej: database ${url.replace(/\/\/[^@/]*@/, '//…@')} (oprettet på ny, demodata) …`);
  await recreateDatabase(url);
  const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
  try {
    await prepareDatabase(database, { demo: true, today: danishToday(new Date()) });
  } finally {
    await database.close();
  }
  const ids = await pickIds(url);
  const list = endpoints(ids);

  const app = await startApp({ databaseUrl: url, dataDir: join(workDir, 'data-pg'), logFile });
  const baseline = await startRequestPathBaseline(url, loadConfig({}).poolSize);
  const results: {
    key: string;
    name: string;
    kind: Endpoint['kind'];
    app: LoadResult;
    baseline: LoadResult;
    ratio: number;
    goal: number;
    floor: LoadResult | null;
    floorRatio: number | null;
  }[] = [];
  let trips: Record<string, number> = {};
  const loadBefore = os.loadavg();
  try {
    const cookie = await logIn(app.origin);
    await prepareBaselineAnswers(url, app, cookie, list);
    for (const e of list) await verify(app.origin, baseline.url, cookie, e);
    log(
      `App ${app.origin} (node bin/indsats.js start, log på info-niveau), baseline ${baseline.url}; svarene stemmer overens.`,
    );
    trips = await roundTrips(url, list);
    log(`Rundture pr. forespørgsel: ${list.map((e) => `${e.key} ${fmt(trips[e.key] ?? 0, 1)}`).join(', ')}`);
    for (const e of list) {
      const base = await measure({ name: `baseline: ${e.name}`, origin: baseline.url, paths: e.basePaths }, settings);
      const ours = await measure(
        { name: `app: ${e.name}`, origin: app.origin, paths: e.appPaths, headers: { cookie } },
        settings,
      );
      const floor = e.floorPaths
        ? await measure({ name: `floor: ${e.name}`, origin: baseline.url, paths: e.floorPaths }, settings)
        : null;
      const goal = GOALS[e.kind];
      const ratio = ours.requestsPerSecond / base.requestsPerSecond;
      const floorRatio = floor ? floor.requestsPerSecond / base.requestsPerSecond : null;
      results.push({
        key: e.key,
        name: e.name,
        kind: e.kind,
        app: ours,
        baseline: base,
        ratio,
        goal,
        floor,
        floorRatio,
      });
      log(
        `  ${e.name.padEnd(36)} app ${fmt(ours.requestsPerSecond).padStart(6)}/s  baseline ${fmt(base.requestsPerSecond).padStart(6)}/s  ` +
          `${fmt(ratio, 2)}×  mål ≥ ${fmt(goal, 1)}× ${ratio >= goal ? 'nået' : 'IKKE nået'}` +
          (floorRatio === null ? '' : `  (tre rundture uden app: ${fmt(floorRatio, 2)}×)`),
      );
    }
  } finally {
    await app.stop();
    await baseline.close();
  }
  const loadAfterLoad = os.loadavg();

  log(`Genstart: ${restartRuns} gange på PostgreSQL og på PGlite med en eksisterende datamappe …`);
  const postgresRestart = await measureRestarts(
    { databaseUrl: url, dataDir: join(workDir, 'data-pg'), logFile },
    restartRuns,
  );
  const pgliteDir = join(workDir, 'data-pglite');
  mkdirSync(pgliteDir, { recursive: true });
  await (await startApp({ dataDir: pgliteDir, logFile, timeoutMs: 600_000 })).stop(); // creates and seeds the folder
  const pgliteRestart = await measureRestarts({ dataDir: pgliteDir, logFile }, restartRuns);
  const importApp = await measureImport(3);
  log(
    `  PostgreSQL: median ${fmt(postgresRestart.medianMs)} ms (${postgresRestart.runsMs.join(', ')}); ` +
      `PGlite: median ${fmt(pgliteRestart.medianMs)} ms (${pgliteRestart.runsMs.join(', ')}); import af app.js: median ${fmt(importApp.medianMs)} ms`,
  );
  rmSync(workDir, { recursive: true, force: true });

  const report = {
    measuredAt: new Date().toISOString(),
    command: 'BENCH_ONLY=request-path npm run bench',
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? null,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()}`,
      node: process.version,
      loadAverage: { beforeLoad: loadBefore, afterLoad: loadAfterLoad, atEnd: os.loadavg() },
    },
    settings: { ...settings, pageSize: PAGE_SIZE, restartRuns, municipality: MUNICIPALITY, acceptEncoding: 'none' },
    app: 'node bin/indsats.js start (INDSATS_LOG_LEVEL=info to a file, housekeeping running)',
    results: results.map((r) => ({ ...r, met: r.ratio >= r.goal })),
    roundTripsPerRequest: trips,
    restart: { postgres: postgresRestart, pglite: pgliteRestart, importAppModule: importApp },
    totalSeconds: (Date.now() - started) / 1000,
  };
  mkdirSync(new URL('.', RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
  log(`Resultater skrevet til bench/results/request-path.json (${fmt(report.totalSeconds)} s i alt).`);
}
