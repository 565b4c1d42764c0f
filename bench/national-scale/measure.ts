/**
 * `BENCH_ONLY=scale npm run bench`: the national-scale figures of issue 9.
 *
 *   1. the national-scale database (build.ts; built once, then reused)
 *   2. a copy of it for this run (CREATE DATABASE … TEMPLATE), since the prune deletes rows
 *   3. the real app on the copy, in this process, on an ephemeral port
 *   4. every endpoint of endpoints.ts, requested one at a time: median, p99, max
 *   5. audited child reads (and /api/health) while the audit prune runs, against the same reads without it
 *   6. a table on stdout, bench/results/scale.json, and the copy dropped
 *
 * One request at a time, not autocannon: the goals are about how long one
 * person waits for one page (median and p99 latency), and sequential requests
 * measure exactly that without queueing in the client or the pool; the API
 * bench (run.ts) measures throughput under load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp } from '../../src/server/app.js';
import { pruneAudit } from '../../src/server/audit/retention.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { openDatabase } from '../../src/server/db/client.js';
import { demoId } from '../../src/server/seed/demo-data.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-users.js';
import { prepareDatabase } from '../../src/server/server.js';
import { countScale, databaseName, ensureScaleDatabase, maintenanceUrl } from './build.js';
import {
  DEEP_PAGE,
  nextCursorOf,
  SCALE_ENDPOINTS,
  withParam,
  type BenchRole,
  type ScaleContext,
  type ScaleEndpoint,
} from './endpoints.js';
import { SCALE_USERS } from './plan.js';
import { latencyOf, timedGet, sampleLatencies, type Latency } from './sampling.js';

const RESULTS_FILE = new URL('../results/scale.json', import.meta.url);
/**
 * What hourly housekeeping runs (server.ts startHousekeeping): on PostgreSQL the prune has a
 * connection of its own and works in short batches (ADR 15). Follow it here if that changes.
 */
async function housekeepingPrune(databaseUrl: string, audit: Config['audit']): Promise<Record<string, number>> {
  const own = await openDatabase({ databaseUrl, poolSize: 1 });
  try {
    return await pruneAudit(own.db, audit, { now: new Date() });
  } finally {
    await own.close();
  }
}
const GOAL_MEDIAN_MS = 50;
const GOAL_DELAY_MS = 100;
const log = (line: string) => console.log(line);
const fmt = (n: number, digits = 1) =>
  n.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function copyDatabase(templateUrl: string): Promise<{ url: string; seconds: number }> {
  const copy = new URL(templateUrl);
  const name = `${databaseName(templateUrl)}_run`;
  copy.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: maintenanceUrl(templateUrl) });
  await admin.connect();
  const started = Date.now();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(
      `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(databaseName(templateUrl))} STRATEGY FILE_COPY`,
    );
  } finally {
    await admin.end();
  }
  return { url: copy.toString(), seconds: (Date.now() - started) / 1000 };
}

async function dropDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(databaseName(url))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function logIn(origin: string, email: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login som ${email} gav ${res.status}: ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('indsats_session='));
  if (!session) throw new Error(`login som ${email} satte ingen indsats_session-cookie`);
  return session.split(';')[0] ?? session;
}

function currentWeek(now = new Date()): { from: string; to: string } {
  const day = (now.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day));
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
}

async function contextOf(pool: pg.Pool): Promise<ScaleContext> {
  const { rows: course } = await pool.query<{ id: string }>('SELECT id FROM courses WHERE application_id = $1', [
    demoId('application/round-2026-08/0860'),
  ]);
  const courseId = course[0]?.id;
  if (!courseId) throw new Error('demokonsulentens forløb i Hjørring mangler');
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('indsats.child_scope', 'maintenance', true)`);
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM children WHERE municipality_code = '0101' ORDER BY hashtext(id::text) LIMIT 1000`,
    );
    await client.query('COMMIT');
    // The consultant's busiest week inside the course's period (fixed by the data, not by today's date).
    const { rows: busiest } = await client.query<{ monday: string }>(
      `SELECT to_char(date_trunc('week', m.date), 'YYYY-MM-DD') AS monday
         FROM courses dc JOIN rounds r ON r.id = dc.round_id
         JOIN courses c ON c.consultant_id = dc.consultant_id
         JOIN course_meetings m ON m.course_id = c.id AND m.date BETWEEN r.course_start AND r.course_end
        WHERE dc.id = $1 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [courseId],
    );
    const monday = busiest[0]?.monday;
    if (!monday) throw new Error('demokonsulenten har ingen daterede møder i forløbets periode');
    const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
    return { courseId, week: currentWeek(), busyWeek: { from: monday, to: sunday }, childIds: rows.map((r) => r.id) };
  } finally {
    client.release();
  }
}

/** The paths to measure: the deep page found by following the endpoint's cursor, or asked for by number. */
async function resolvePaths(
  origin: string,
  cookie: string,
  endpoint: ScaleEndpoint,
  ctx: ScaleContext,
): Promise<{ paths: string[]; how: string }> {
  const paths = endpoint.paths(ctx);
  if (!endpoint.deepPage) return { paths, how: '' };
  const [first] = paths;
  if (!first) throw new Error(`${endpoint.key}: ingen sti`);
  let body = (await timedGet(origin, first, cookie)).body;
  let cursor = nextCursorOf(body);
  if (cursor === null)
    return { paths: [withParam(first, 'page', String(endpoint.deepPage))], how: `page=${endpoint.deepPage}` };
  for (let page = 2; page < endpoint.deepPage && cursor; page++) {
    body = (await timedGet(origin, withParam(first, 'cursor', cursor), cookie)).body;
    cursor = nextCursorOf(body);
  }
  if (!cursor) throw new Error(`${endpoint.key}: siderne slap op før side ${endpoint.deepPage}`);
  return { paths: [withParam(first, 'cursor', cursor)], how: `nextCursor fulgt ${endpoint.deepPage - 1} gange` };
}

interface PruneRun {
  label: string;
  removed: Record<string, number> | null;
  seconds: number;
  reads: Latency;
  health: Latency;
}

/** Concurrent readers, like people at work: enough of them to take every connection of the pool. */
const READERS = Number(process.env.SCALE_PRUNE_READERS ?? 10);
const QUIET_SECONDS = 10;

/**
 * READERS audited child reads at a time, and /api/health, each one after the
 * other, for as long as `work` runs (the prune) or, without work, QUIET_SECONDS.
 */
async function readsWhile(
  label: string,
  origin: string,
  cookie: string,
  readPaths: string[],
  work: (() => Promise<Record<string, number>>) | null,
): Promise<PruneRun> {
  let done = false;
  const started = performance.now();
  const running = work
    ? work().finally(() => {
        done = true;
      })
    : new Promise<null>((resolve) =>
        setTimeout(() => {
          done = true;
          resolve(null);
        }, QUIET_SECONDS * 1000),
      );
  const loop = async (paths: string[], offset: number, withCookie: boolean) => {
    const samples: number[] = [];
    for (let i = offset; !done; i += READERS) {
      const path = paths[i % paths.length] ?? '/api/health';
      samples.push((await timedGet(origin, path, withCookie ? cookie : undefined)).ms);
    }
    return samples;
  };
  const readers = Array.from({ length: READERS }, (_, r) => loop(readPaths, r, true));
  const [removed, health, ...reads] = await Promise.all([running, loop(['/api/health'], 0, false), ...readers]);
  return {
    label,
    removed,
    seconds: (performance.now() - started) / 1000,
    reads: latencyOf(reads.flat()),
    health: latencyOf(health),
  };
}

export async function runScaleBench(): Promise<void> {
  const scale = await ensureScaleDatabase();
  const copy = await copyDatabase(scale.url);
  log(`Kopi til målingen: ${databaseName(copy.url)} (${fmt(copy.seconds)} s)`);
  const config: Config = loadConfig({ INDSATS_LOG_LEVEL: 'silent', DATABASE_URL: copy.url });
  const database = await openDatabase({ databaseUrl: copy.url, poolSize: config.poolSize });
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  try {
    await prepareDatabase(database, { demo: false });
    app = await buildApp({ config, database, serveWeb: false });
    const pool = database.pool;
    if (!pool) throw new Error('målingen kræver PostgreSQL');
    const origin = await app.listen({ port: 0, host: '127.0.0.1' });
    const ctx = await contextOf(pool);
    const cookies: Record<BenchRole, string> = {
      admin: await logIn(origin, SCALE_USERS.admin),
      chief: await logIn(origin, SCALE_USERS.copenhagenChief),
      consultant: await logIn(origin, SCALE_USERS.consultant),
    };
    const loadBefore = os.loadavg()[0] ?? 0;
    log(
      `App ${origin}; load ${fmt(loadBefore, 2)} på ${os.availableParallelism()} kerner. Én forespørgsel ad gangen …`,
    );

    const results: (Latency & { key: string; name: string; how: string; bytes: number })[] = [];
    for (const endpoint of SCALE_ENDPOINTS) {
      const cookie = cookies[endpoint.as];
      const { paths, how } = await resolvePaths(origin, cookie, endpoint, ctx);
      const { latency, bytes } = await sampleLatencies(origin, paths, cookie);
      results.push({ key: endpoint.key, name: endpoint.name, how, bytes, ...latency });
      log(
        `  ${endpoint.name.padEnd(44)} median ${fmt(latency.median).padStart(7)} ms  p99 ${fmt(latency.p99).padStart(7)} ms  ` +
          `maks ${fmt(latency.max).padStart(7)} ms  (n=${latency.n}, ${fmt(bytes / 1024, 0)} kB${how ? `, ${how}` : ''})  ` +
          `${latency.median < GOAL_MEDIAN_MS ? 'mål nået' : 'mål IKKE nået'}`,
      );
    }

    const childRead = SCALE_ENDPOINTS.find((e) => e.key === 'childRead');
    if (!childRead) throw new Error('endpoints.ts mangler childRead');
    const readPaths = childRead.paths(ctx);
    const auditBefore = (await countScale(pool)).auditRows;
    log(
      `Revisionslogget læsning med ${READERS} samtidige læsere, uden og med oprydning ` +
        `(standardopbevaring: adgang ${config.audit.accessRetentionDays} dage) …`,
    );
    const quietRun = await readsWhile('uden oprydning', origin, cookies.chief, readPaths, null);
    const first = await readsWhile('første oprydning (et halvt års efterslæb)', origin, cookies.chief, readPaths, () =>
      housekeepingPrune(copy.url, config.audit),
    );
    // The steady state: an hourly run that finds about a day's rows (retention one day shorter).
    const steadyConfig = { ...config.audit, accessRetentionDays: config.audit.accessRetentionDays - 1 };
    const steady = await readsWhile('løbende oprydning (én dags rækker)', origin, cookies.chief, readPaths, () =>
      housekeepingPrune(copy.url, steadyConfig),
    );
    const prunes = [quietRun, first, steady].map((p) => ({
      ...p,
      maxDelayMs: Math.max(0, p.reads.max - quietRun.reads.max),
    }));
    for (const p of prunes) {
      log(
        `  ${p.label}: ${fmt(p.seconds)} s${p.removed ? `, slettet ${JSON.stringify(p.removed)}` : ''}; ` +
          `læsninger n=${p.reads.n} median ${fmt(p.reads.median)} ms, p99 ${fmt(p.reads.p99)} ms, maks ${fmt(p.reads.max)} ms ` +
          `(forsinkelse ${fmt(p.maxDelayMs)} ms; mål ≤ ${GOAL_DELAY_MS}: ${p.maxDelayMs <= GOAL_DELAY_MS ? 'nået' : 'IKKE nået'}); ` +
          `/api/health median ${fmt(p.health.median)} ms, maks ${fmt(p.health.max)} ms`,
      );
    }

    mkdirSync(new URL('.', RESULTS_FILE), { recursive: true });
    const report = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model ?? null,
        node: process.version,
        loadAverage1m: { before: loadBefore, after: os.loadavg()[0] ?? 0 },
      },
      dataset: {
        ...scale.counts,
        builtNow: scale.built,
        buildSeconds: scale.buildSeconds,
        copySeconds: copy.seconds,
        auditRowsBeforePrune: auditBefore,
      },
      method: 'one request at a time after 3 warm-up requests; up to 200 samples or 20 s per target (at least 20)',
      goals: { medianMs: GOAL_MEDIAN_MS, maxDelayMs: GOAL_DELAY_MS },
      results,
      prunes,
      pruneReaders: READERS,
      deepPage: DEEP_PAGE,
    };
    writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    log('Resultater skrevet til bench/results/scale.json.');
  } finally {
    await app?.close();
    await database.close();
    if (process.env.SCALE_KEEP_COPY !== '1') await dropDatabase(copy.url);
  }
}
