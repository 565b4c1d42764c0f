/**
 * Builds (or finds) the national-scale database of issue 9:
 *
 *   npx tsx bench/national-scale/build.ts        # build if missing, print the counts
 *   BENCH_ONLY=scale npm run bench               # the same, then measure (measure.ts)
 *
 * SCALE_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/indsats_scale)
 * names the database; it is created, migrated and seeded by the app's own code
 * (prepareDatabase with the demo data), then grown with set-based SQL. A
 * finished build leaves a marker (bench_scale_marker); a database with the
 * same marker is reused as it is (only new migrations are applied), any other
 * is dropped and built again. The bench measures on a copy, never on this one.
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { verifyAudit } from '../../src/server/audit/verify-audit.js';
import { openDatabase } from '../../src/server/db/client.js';
import { hashPassword } from '../../src/server/modules/auth/password.js';
import { DEMO_PASSWORD } from '../../src/server/seed/demo-users.js';
import { prepareDatabase } from '../../src/server/server.js';
import { insertAuditYear } from './audit-year.js';
import { dateMeetings, insertTrials } from './course-year.js';
import { insertGroupsAndChildren, insertInstitutions, insertPeople } from './organisation.js';
import { markerOf, scaleSettings, type ScalePlan } from './plan.js';
import { insertApplications, insertCourses, insertRounds } from './rounds.js';
import { danishToday } from '../../src/server/time/danish-today.js';

export interface ScaleCounts {
  municipalities: number;
  institutions: number;
  children: number;
  users: number;
  rounds: number;
  applications: number;
  courses: number;
  meetings: number;
  trials: number;
  trialLogs: number;
  auditRows: number;
  databaseBytes: number;
}

export interface ScaleDatabase {
  url: string;
  built: boolean;
  buildSeconds: number;
  counts: ScaleCounts;
}

const log = (line: string) => console.log(line);

/** A connection to the server's `postgres` database, for CREATE/DROP DATABASE. */
export function maintenanceUrl(url: string): string {
  const m = new URL(url);
  m.pathname = '/postgres';
  return m.toString();
}

export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function existingMarker(url: string): Promise<{ marker: string; buildSeconds: number } | null> {
  const admin = new pg.Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName(url)]);
    if (!rowCount) return null;
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>(
      `SELECT to_regclass('public.bench_scale_marker') IS NOT NULL AS present`,
    );
    if (!rows[0]?.present) return null;
    const { rows: marker } = await client.query<{ marker: string; build_seconds: number }>(
      'SELECT marker, build_seconds::float8 AS build_seconds FROM bench_scale_marker LIMIT 1',
    );
    return marker[0] ? { marker: marker[0].marker, buildSeconds: marker[0].build_seconds } : null;
  } finally {
    await client.end();
  }
}

async function recreate(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: maintenanceUrl(url) });
  await admin.connect();
  try {
    const name = admin.escapeIdentifier(databaseName(url));
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

export async function countScale(pool: pg.Pool): Promise<ScaleCounts> {
  const { rows } = await pool.query<ScaleCounts>(
    `SELECT (SELECT count(DISTINCT municipality_code)::int FROM institutions) AS municipalities,
            (SELECT count(*)::int FROM institutions) AS institutions,
            (SELECT count(*)::int FROM children) AS children,
            (SELECT count(*)::int FROM users) AS users,
            (SELECT count(*)::int FROM rounds) AS rounds,
            (SELECT count(*)::int FROM applications) AS applications,
            (SELECT count(*)::int FROM courses) AS courses,
            (SELECT count(*)::int FROM course_meetings) AS meetings,
            (SELECT count(*)::int FROM trials) AS trials,
            (SELECT count(*)::int FROM trial_logs) AS "trialLogs",
            (SELECT count(*)::int FROM audit_log) AS "auditRows",
            pg_database_size(current_database())::float8 AS "databaseBytes"`,
  );
  const counts = rows[0];
  if (!counts) throw new Error('kunne ikke tælle datasættet');
  return counts;
}

async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function build(url: string, plan: ScalePlan): Promise<void> {
  await recreate(url);
  const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
  try {
    await step('migreringer, referencedata og demodata', () =>
      prepareDatabase(database, { demo: true, today: danishToday(new Date()) }),
    );
    const pool = database.pool;
    if (!pool) throw new Error('datasættet kræver PostgreSQL');
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const client = await pool.connect();
    try {
      const inMaintenance = async (work: () => Promise<void>) => {
        await client.query('BEGIN');
        await client.query(`SELECT set_config('indsats.child_scope', 'maintenance', true)`);
        await work();
        await client.query('COMMIT');
      };
      await step('dagtilbud, grupper, børn og brugere', () =>
        inMaintenance(async () => {
          await insertInstitutions(client, plan);
          await insertGroupsAndChildren(client, plan);
          await insertPeople(client, plan, passwordHash);
        }),
      );
      await step('ansøgningsrunder og ansøgninger', () =>
        inMaintenance(async () => {
          await insertRounds(client);
          await insertApplications(client);
        }),
      );
      await step('forløb (createCourseFromApplication)', () => insertCourses(database.db, plan));
      await step('mødedatoer, referater, afprøvninger og logbøger', () =>
        inMaintenance(async () => {
          await dateMeetings(client);
          await insertTrials(client, plan);
        }),
      );
      await step('VACUUM ANALYZE', () => client.query('VACUUM ANALYZE').then(() => undefined));
      await step(`revisionsloggen (${plan.auditRows.toLocaleString('da-DK')} rækker over ${plan.auditDays} dage)`, () =>
        insertAuditYear(client, plan, log),
      );
      await step('VACUUM ANALYZE audit_log', () => client.query('VACUUM ANALYZE audit_log').then(() => undefined));
    } finally {
      client.release();
    }
    const verification = await step('indsats audit verify', () => verifyAudit(database.db));
    if (!verification.ok)
      throw new Error(`revisionsloggens kæde er brudt: ${JSON.stringify(verification.breaks.slice(0, 5))}`);
    log(`  kæden er intakt: ${verification.rowsChecked.toLocaleString('da-DK')} rækker kontrolleret`);
  } finally {
    await database.close();
  }
}

/** Builds the database unless one with the same marker is there; returns where it is and what it holds. */
export async function ensureScaleDatabase(settings = scaleSettings()): Promise<ScaleDatabase> {
  const { url, plan } = settings;
  const marker = markerOf(plan);
  const found = await existingMarker(url);
  const shown = url.replace(/\/\/[^@/]*@/, '//…@');
  let built = false;
  let buildSeconds = found?.buildSeconds ?? 0;
  if (found?.marker === marker) {
    log(`Landsdatasættet findes i ${shown} (${marker}); det bygges ikke igen.`);
  } else {
    log(`Bygger landsdatasættet i ${shown} (${marker}) …`);
    const started = Date.now();
    await build(url, plan);
    buildSeconds = (Date.now() - started) / 1000;
    built = true;
  }
  const database = await openDatabase({ databaseUrl: url, poolSize: 2 });
  try {
    // A reused database gets the migrations merged since it was built.
    await prepareDatabase(database, { demo: false });
    const pool = database.pool;
    if (!pool) throw new Error('datasættet kræver PostgreSQL');
    const counts = await countScale(pool);
    if (built) {
      await pool.query(
        `CREATE TABLE bench_scale_marker (marker text PRIMARY KEY, built_at timestamptz NOT NULL, build_seconds numeric NOT NULL, counts jsonb NOT NULL)`,
      );
      await pool.query(`INSERT INTO bench_scale_marker VALUES ($1, now(), $2, $3)`, [
        marker,
        buildSeconds,
        JSON.stringify(counts),
      ]);
      log(`Landsdatasættet er bygget på ${Math.round(buildSeconds)} s.`);
    }
    return { url, built, buildSeconds, counts };
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureScaleDatabase()
    .then(({ counts }) => log(JSON.stringify(counts, null, 2)))
    .catch((err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exitCode = 1;
    });
}
