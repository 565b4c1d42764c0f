import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/server/db/client.js';
import { migrationsFolder } from '../src/server/paths.js';

/**
 * Migration 0012 (ADR 22): an application's kept versions move from
 * application_conflicts into edit_conflicts with their ids, and the old table
 * goes. Run on a database migrated to 0011 that holds one kept version. On
 * PGlite only: the SQL is the same on PostgreSQL, which the postgres project
 * migrates from scratch for every other test.
 */
const engine = process.env.TEST_ENGINE;
let database: Database | undefined;
let folder = '';
afterAll(async () => {
  await database?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(engine === 'postgres')('migration 0012: one store for kept versions', () => {
  it('moves kept application versions into edit_conflicts and drops application_conflicts', async () => {
    folder = mkdtempSync(join(tmpdir(), 'indsats-migrations-'));
    cpSync(migrationsFolder, folder, { recursive: true });
    const journalPath = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number }[] };
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx <= 11) }));

    database = await openDatabase({});
    const db = database.db as unknown as PgliteDatabase;
    await migrate(db, { migrationsFolder: folder });
    const id = '33333333-3333-4333-8333-333333333333';
    const applicationId = '44444444-4444-4444-8444-444444444444';
    const userId = '55555555-5555-4555-8555-555555555555';
    // The parents are not the point here: foreign keys are not checked for this session.
    await database.exec(`SET session_replication_role = replica;
      INSERT INTO application_conflicts (id, application_id, base_version, content, saved_by, saved_at)
      VALUES ('${id}', '${applicationId}', 4, '{"motivation":"Kept"}', '${userId}', '2026-12-01T10:00:00Z');`);

    await migrate(db, { migrationsFolder });
    const rows = await database.pglite?.query<Record<string, unknown>>(
      'SELECT id, course_id, kind, entity_id, base_version, content, saved_by FROM edit_conflicts',
    );
    expect(rows?.rows).toEqual([
      {
        id,
        course_id: null,
        kind: 'application',
        entity_id: applicationId,
        base_version: 4,
        content: { motivation: 'Kept' },
        saved_by: userId,
      },
    ]);
    const old = await database.pglite?.query(`SELECT to_regclass('public.application_conflicts') AS t`);
    expect(old?.rows).toEqual([{ t: null }]);
    // Migrating a fresh database from scratch: minutes on a loaded two-core machine, not the usual 30 s.
  }, 180_000);
});
