import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.js';
import { prepareDatabase } from '../../src/server/server.js';
import { TEMPLATE_SEED_DATE } from './test-clock.js';

/**
 * The shared template's demo is seeded on a fixed day (test-clock.ts) and the
 * test apps' clocks start on it, so its open round is open and its closed round
 * closed whatever the system clock says. The demo's own tests seed databases of
 * their own on the dates they choose.
 */
export { TEMPLATE_SEED_DATE };

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/** Admin URL of the same server with another database name. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Migrates and seeds once per run: a PGlite data folder dump that each test
 * file loads, and (with DATABASE_URL) a PostgreSQL template database that each
 * test file copies with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'indsats-test-'));
  const lite = await openDatabase({});
  await prepareDatabase(lite, { demo: true, today: TEMPLATE_SEED_DATE });
  const dump = await lite.pglite!.dumpDataDir('none');
  const templatePath = join(dir, 'template.tar');
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  await lite.close();
  project.provide('pgliteTemplate', templatePath);

  let templateName = '';
  // The shifted-clock run (scripts/test-shifted-clock.sh) runs on PGlite only.
  const url = process.env.TEST_PASS === 'shifted' ? undefined : process.env.DATABASE_URL;
  if (url) {
    templateName = `indsats_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${templateName}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: withDatabaseName(url, templateName), poolSize: 2 });
    await prepareDatabase(database, { demo: true, today: TEMPLATE_SEED_DATE });
    await database.close();
  }
  project.provide('postgresTemplate', templateName);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && templateName) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
        [templateName, `${templateName}_%`],
      );
      for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      await admin.end();
    }
  };
}
