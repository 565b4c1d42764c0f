import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/client.js';
import { users } from '../../src/server/db/schema.js';
import { prepareDatabase } from '../../src/server/server.js';
import { withDatabaseName } from '../helpers/global-setup.js';

/** PostgreSQL only: several instances behind a load balancer start at once on one empty database. */
describe('several instances starting on one empty database', () => {
  it('migrates, checks and seeds once, and every instance starts', async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('this file runs in the postgres project, which needs DATABASE_URL');
    const name = `indsats_start_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const instances = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ databaseUrl: withDatabaseName(url, name), poolSize: 3 })),
    );
    try {
      const results = await Promise.allSettled(
        instances.map((db) => prepareDatabase(db, { demo: true, today: '2026-12-05' })),
      );
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      expect(await instances[0]!.db.$count(users)).toBe(14);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
