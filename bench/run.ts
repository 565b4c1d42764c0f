/**
 * `npm run bench`: API throughput of the real app against a bare baseline
 * doing the same SQL, on a generated dataset in PostgreSQL.
 *
 *   1. a fresh database (or an explicit, empty DATABASE_URL), prepared by the app's own code
 *   2. the dataset (bench/dataset.ts)
 *   3. the app and the baseline in this process, each on an ephemeral port
 *   4. four autocannon runs, one after the other, with the same settings
 *   5. a table on stdout and bench/results/latest.json
 *
 * A measurement that misses its goals still exits 0; errors exit 1.
 * See docs/benchmarks.md for the figures and what they mean.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase, type Database } from '../src/server/db/client.js';
import { prepareDatabase } from '../src/server/server.js';
import { assertHoldsNoUsers, recreateDatabase, Refusal } from './database.js';
import { startBaseline, type BaselineServer } from './baseline-server.js';
import { generateDataset, DEFAULT_PLAN, type BenchUser, type Dataset } from './dataset.js';
import { runClientSizeBench } from './client-size.js';
import { runScaleBench } from './national-scale/measure.js';
import { runRequestPathBench } from './request-path/run.js';
import { measure, type LoadResult, type LoadSettings, type LoadTarget } from './load.js';
import { runScheduleBench, SCHEDULE_PLAN } from './schedule.js';
import { runSelectionBench, SELECTION_PLAN } from './selection.js';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/indsats_bench';
const RESULTS_FILE = new URL('./results/latest.json', import.meta.url);
const SELECTION_RESULTS_FILE = new URL('./results/selection.json', import.meta.url);
const SCHEDULE_RESULTS_FILE = new URL('./results/schedule.json', import.meta.url);
const PAGE_SIZE = 50;

/** BENCH_DURATION_SECONDS shortens the measured runs for a quick check (default 10). */
function durationSeconds(): number {
  const raw = process.env.BENCH_DURATION_SECONDS?.trim();
  if (!raw) return 10;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 120) {
    throw new Error(`BENCH_DURATION_SECONDS skal være et helt antal sekunder mellem 1 og 120, ikke "${raw}"`);
  }
  return seconds;
}

const SETTINGS: LoadSettings = {
  connections: 10,
  pipelining: 1,
  warmupSeconds: 2,
  durationSeconds: durationSeconds(),
  workers: 1,
};

/** Throughput of the app as a share of the baseline's, per the issue. */
const GOALS = { scopedList: 0.5, auditedRead: 0.3 } as const;

const log = (line: string) => console.log(line);

// ── Database ───────────────────────────────────────────────────────────────

async function targetDatabase(): Promise<{ url: string; recreated: boolean }> {
  const explicit = process.env.DATABASE_URL?.trim();
  if (explicit) {
    await assertHoldsNoUsers(explicit);
    return { url: explicit, recreated: false };
  }
  await recreateDatabase(DEFAULT_DATABASE_URL);
  return { url: DEFAULT_DATABASE_URL, recreated: true };
}

function poolOf(database: Database): pg.Pool {
  if (!database.pool) throw new Error('benchmarken kræver PostgreSQL');
  return database.pool;
}

async function serverFacts(pool: pg.Pool) {
  const { rows } = await pool.query<{
    version: string;
    synchronous_commit: string;
    fsync: string;
    shared_buffers: string;
    superuser: boolean;
  }>(
    `SELECT current_setting('server_version') AS version, current_setting('synchronous_commit') AS synchronous_commit,
       current_setting('fsync') AS fsync, current_setting('shared_buffers') AS shared_buffers,
       (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
  );
  const facts = rows[0];
  if (!facts) throw new Error('kunne ikke læse PostgreSQL-versionen');
  return facts;
}

async function countAuditRows(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
  return rows[0]?.n ?? 0;
}

// ── HTTP helpers ───────────────────────────────────────────────────────────

/** Logs in through the real route; returns the Cookie header for later requests. */
async function logIn(origin: string, user: BenchUser): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  if (!res.ok) throw new Error(`login som ${user.email} gav ${res.status}: ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('indsats_session='));
  if (!session) throw new Error(`login som ${user.email} satte ingen indsats_session-cookie`);
  return session.split(';')[0] ?? session;
}

interface ChildJson {
  id: string;
  institutionId: string;
}
interface ListJson {
  items: ChildJson[];
  page: { total: number };
}

async function getJson<T>(url: string, cookie?: string): Promise<T> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  if (!res.ok) throw new Error(`GET ${url} gav ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Before measuring, proves both servers answer the same thing: the same page
 * and total for the chief, the same child on a read, and the leader's list
 * narrowed to their institution. A benchmark of wrong answers is worthless.
 */
async function verifyAnswers(
  appOrigin: string,
  baselineOrigin: string,
  dataset: Dataset,
  chiefCookie: string,
  leaderCookie: string,
) {
  const code = dataset.chiefMunicipality.code;
  const appList = await getJson<ListJson>(`${appOrigin}/api/v1/children?pageSize=${PAGE_SIZE}`, chiefCookie);
  const baseList = await getJson<ListJson>(`${baselineOrigin}/municipalities/${code}/children?pageSize=${PAGE_SIZE}`);
  if (appList.page.total !== dataset.chiefMunicipality.children || baseList.page.total !== appList.page.total) {
    throw new Error(
      `listerne er uenige om antallet: app ${appList.page.total}, baseline ${baseList.page.total}, datasæt ${dataset.chiefMunicipality.children}`,
    );
  }
  if (!isDeepStrictEqual(appList.items, baseList.items) || appList.items.length !== PAGE_SIZE) {
    throw new Error('appen og baseline svarer ikke med den samme første side');
  }
  const id = dataset.sampleChildIds[0];
  if (!id) throw new Error('datasættet har ingen børn i dagtilbudschefens kommune');
  const appChild = await getJson<ChildJson>(`${appOrigin}/api/v1/children/${id}`, chiefCookie);
  const baseChild = await getJson<ChildJson>(`${baselineOrigin}/municipalities/${code}/children/${id}`);
  if (!isDeepStrictEqual(appChild, baseChild)) throw new Error(`appen og baseline svarer forskelligt på barnet ${id}`);

  const leaderList = await getJson<ListJson>(`${appOrigin}/api/v1/children?pageSize=200`, leaderCookie);
  const outside = leaderList.items.filter((c) => c.institutionId !== dataset.leader.institutionId);
  if (leaderList.page.total !== dataset.leader.children || outside.length > 0) {
    throw new Error(
      `dagtilbudslederen ser ${leaderList.page.total} børn (${outside.length} uden for dagtilbuddet), ventede ${dataset.leader.children}`,
    );
  }
}

// ── Report ─────────────────────────────────────────────────────────────────

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printTable(results: LoadResult[], ratios: { name: string; ratio: number; goal: number }[]) {
  const rows = results.map((r) => [
    r.name,
    fmt(r.requestsPerSecond),
    fmt(r.latencyMs.p50, 1),
    fmt(r.latencyMs.p99, 1),
    fmt(r.requests),
  ]);
  const header = ['Mål', 'forespørgsler/s', 'p50 ms', 'p99 ms', 'i alt'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  log('');
  log(line(header));
  log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));
  log('');
  for (const r of ratios) {
    const verdict = r.ratio >= r.goal ? 'nået' : 'IKKE nået';
    log(`${r.name.padEnd(34)} app/baseline ${fmt(r.ratio, 2)}   mål ≥ ${fmt(r.goal, 1)}   ${verdict}`);
  }
  log('');
}

// ── Orchestration ──────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY;
  // The national-scale figures (issue 9) need a database of several GB, built once: only on request.
  if (only === 'scale') {
    await runScaleBench();
    return;
  }
  if (only === 'request-path') {
    await runRequestPathBench(SETTINGS);
    return;
  }
  if (only === undefined || only === 'client-size') {
    await runClientSizeBench(log);
    if (only === 'client-size') return;
  }
  if (only === undefined || only === 'selection') {
    log(
      `Udvælgelse: ${SELECTION_PLAN.applicants} ansøgere, ${SELECTION_PLAN.capacity} pladser, alle fire regler, ${SELECTION_PLAN.rounds} runder …`,
    );
    const selection = runSelectionBench();
    const ms = (x: number) => `${fmt(x, 1)} ms`;
    log(
      `  hele forslaget (optimum, uden regler, én genberegning pr. regel, forklaringer): median ${ms(selection.proposalMs.median)}, ` +
        `p95 ${ms(selection.proposalMs.p95)}, maks ${ms(selection.proposalMs.max)}; mål < 1 s: ${selection.proposalMs.max < 1000 ? 'nået' : 'IKKE nået'}`,
    );
    log(
      `  brute force over alle udvælgelser af højst 5: ${ms(selection.bruteForceMs)}, samme resultat: ${selection.matchesBruteForce ? 'ja' : 'NEJ'}`,
    );
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(
      SELECTION_RESULTS_FILE,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, ...selection }, null, 2)}\n`,
    );
    if (!selection.matchesBruteForce) throw new Error('optimeringen afviger fra brute force');
    if (only === 'selection') return;
  }
  if (only === undefined || only === 'schedule') {
    const p = SCHEDULE_PLAN;
    log(
      `Mødeplan: ${p.courses} forløb × ${p.meetingsPerCourse} møder, ${p.consultants} delte konsulenter, temadag og ferieuger, ${p.runs} kørsler …`,
    );
    const schedule = runScheduleBench();
    const ms = (x: number) => `${fmt(x, 1)} ms`;
    log(
      `  hele forslaget: median ${ms(schedule.proposalMs.median)}, p95 ${ms(schedule.proposalMs.p95)}, maks ${ms(schedule.proposalMs.max)}; ` +
        `mål < 2 s: ${schedule.proposalMs.max < 2000 ? 'nået' : 'IKKE nået'}; ${schedule.meetingsPlanned} møder planlagt (${schedule.placements.join(', ')})`,
    );
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(
      SCHEDULE_RESULTS_FILE,
      `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, ...schedule }, null, 2)}\n`,
    );
    if (!schedule.feasible) throw new Error('mødeplanen for benchmark-runden blev ikke fundet');
    if (only === 'schedule') return;
  }
  const started = Date.now();
  const { url, recreated } = await targetDatabase();
  log(`Database: ${url.replace(/\/\/[^@/]*@/, '//…@')}${recreated ? ' (oprettet på ny)' : ''}`);

  const config = { ...loadConfig({ INDSATS_LOG_LEVEL: 'silent', DATABASE_URL: url }) };
  const database = await openDatabase({ databaseUrl: url, poolSize: config.poolSize });
  let app: FastifyInstance | undefined;
  let baseline: BaselineServer | undefined;
  try {
    await prepareDatabase(database, { demo: false });
    const pool = poolOf(database);
    const facts = await serverFacts(pool);
    log('Genererer datasæt …');
    const datasetStarted = Date.now();
    const dataset = await generateDataset(pool, DEFAULT_PLAN);
    const { counts, chiefMunicipality: chiefMun } = dataset;
    log(
      `  ${fmt(counts.municipalities)} kommuner, ${fmt(counts.institutions)} dagtilbud, ${fmt(counts.groups)} grupper, ` +
        `${fmt(counts.children)} børn (${fmt((Date.now() - datasetStarted) / 1000, 1)} s); ` +
        `dagtilbudschefen i ${chiefMun.name} (${chiefMun.code}) ser ${fmt(chiefMun.children)} børn i ${fmt(chiefMun.institutions)} dagtilbud`,
    );

    app = await buildApp({ config, database, serveWeb: false });
    const appOrigin = await app.listen({ port: 0, host: '127.0.0.1' });
    baseline = await startBaseline({ connectionString: url, poolSize: config.poolSize });
    const chiefCookie = await logIn(appOrigin, dataset.chief);
    const leaderCookie = await logIn(appOrigin, dataset.leader);
    await verifyAnswers(appOrigin, baseline.url, dataset, chiefCookie, leaderCookie);
    log(`App ${appOrigin}, baseline ${baseline.url}; svarene stemmer overens.`);

    const code = chiefMun.code;
    const readPaths = (prefix: string) => dataset.sampleChildIds.map((id) => `${prefix}/${id}`);
    const chiefHeaders = { cookie: chiefCookie };
    log(
      `Belaster hvert mål i ${SETTINGS.warmupSeconds} s opvarmning + ${SETTINGS.durationSeconds} s måling ` +
        `(${SETTINGS.connections} forbindelser, pipelining ${SETTINGS.pipelining}, autocannon i ${SETTINGS.workers} worker-tråd) …`,
    );
    // The figures are only as good as the machine is quiet: say so when it is not.
    const loadBefore = os.loadavg()[0] ?? 0;
    if (loadBefore > os.availableParallelism() / 2) {
      log(
        `  Bemærk: maskinen er allerede belastet (load ${fmt(loadBefore, 2)}); tallene bliver lavere og mere spredte.`,
      );
    }
    const auditBefore = await countAuditRows(pool);
    const load = async (target: LoadTarget) => {
      const result = await measure(target, SETTINGS);
      log(`  ${target.name}: ${fmt(result.requestsPerSecond)} forespørgsler/s`);
      return result;
    };
    // One after the other, each baseline right before its app counterpart.
    const baseList = await load({
      name: 'baseline: kommunens børneliste',
      origin: baseline.url,
      paths: [`/municipalities/${code}/children?pageSize=${PAGE_SIZE}`],
    });
    const appList = await load({
      name: 'app: kommunens børneliste',
      origin: appOrigin,
      paths: [`/api/v1/children?pageSize=${PAGE_SIZE}`],
      headers: chiefHeaders,
    });
    const baseRead = await load({
      name: 'baseline: læs ét barn',
      origin: baseline.url,
      paths: readPaths(`/municipalities/${code}/children`),
    });
    const appRead = await load({
      name: 'app: læs ét barn (revisionslogget)',
      origin: appOrigin,
      paths: readPaths('/api/v1/children'),
      headers: chiefHeaders,
    });
    const results = [baseList, appList, baseRead, appRead];
    const auditRowsWritten = (await countAuditRows(pool)) - auditBefore;

    const ratios = [
      {
        key: 'scopedList',
        name: 'Kommunens børneliste',
        ratio: appList.requestsPerSecond / baseList.requestsPerSecond,
        goal: GOALS.scopedList,
      },
      {
        key: 'auditedRead',
        name: 'Revisionslogget læsning af ét barn',
        ratio: appRead.requestsPerSecond / baseRead.requestsPerSecond,
        goal: GOALS.auditedRead,
      },
    ];
    printTable(results, ratios);

    mkdirSync(new URL('.', RESULTS_FILE), { recursive: true });
    const report = {
      measuredAt: new Date().toISOString(),
      machine: {
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model ?? null,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.type()} ${os.release()}`,
        node: process.version,
        postgres: facts.version,
        postgresSettings: {
          synchronousCommit: facts.synchronous_commit,
          fsync: facts.fsync,
          sharedBuffers: facts.shared_buffers,
        },
        ownerIsSuperuser: facts.superuser,
        loadAverage1m: { beforeLoad: loadBefore, after: os.loadavg()[0] ?? 0 },
      },
      settings: { ...SETTINGS, pageSize: PAGE_SIZE, appPoolSize: config.poolSize, baselinePoolSize: config.poolSize },
      dataset: {
        ...counts,
        chiefMunicipality: chiefMun,
        leaderInstitutionChildren: dataset.leader.children,
        childrenReadInRotation: dataset.sampleChildIds.length,
      },
      results,
      ratios: ratios.map(({ key, ratio, goal }) => ({ target: key, ratio, goal, met: ratio >= goal })),
      auditRowsWritten,
      totalSeconds: (Date.now() - started) / 1000,
    };
    writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    log(`Resultater skrevet til bench/results/latest.json (${fmt(report.totalSeconds, 0)} s i alt).`);
  } finally {
    await app?.close();
    await baseline?.close();
    await database.close();
  }
  // The request path (issue 10) needs a database of its own and the built server: after the API figures.
  if (only === undefined) await runRequestPathBench(SETTINGS);
}

main().catch((err: unknown) => {
  if (err instanceof Refusal) console.error(err.message);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
