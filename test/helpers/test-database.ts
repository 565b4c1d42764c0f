import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/client.js';
import { withDatabaseName } from './global-setup.js';

export type Engine = 'pglite' | 'postgres';
export const engine: Engine = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/**
 * A migrated database with the demo data, private to the calling test file:
 * a PGlite clone of the template dump, or a PostgreSQL copy of the template
 * database. Closing it drops the copy.
 */
export async function openTestDatabase(): Promise<Database> {
  if (engine === 'pglite') {
    const tar = readFileSync(inject('pgliteTemplate'));
    return openDatabase({ loadDataDir: new Blob([tar]) });
  }
  const url = process.env.DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('TEST_ENGINE=postgres needs DATABASE_URL');
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: withDatabaseName(url, name), poolSize: 5 });
  const closePool = () => database.close();
  const dropCopy = async () => {
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  };
  return {
    ...database,
    close: async () => {
      await closePool();
      await dropCopy();
    },
  };
}
