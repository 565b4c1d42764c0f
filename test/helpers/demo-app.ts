import { fixedClock } from '../../src/server/core/clock.js';
import { openDatabase, type Database } from '../../src/server/db/client.js';
import { migrateDatabase } from '../../src/server/db/migrate.js';
import { prepareDatabase } from '../../src/server/server.js';
import { danishInstant } from '../../src/server/seed/demo-time.js';
import { loadReferenceData } from '../../src/server/seed/reference-data.js';
import { startTestApp, type TestApp } from './test-app.js';

/**
 * Days the demo's own tests seed it on: from 2026 to 2030, in both halves of
 * the year, a leap day among them – the demo must hold together on each.
 */
export const SEED_DATES = ['2026-03-01', '2026-12-05', '2027-07-15', '2028-02-29', '2030-11-30'] as const;

/**
 * Days the README's workflows are walked on (test/demo-workflows.test.ts): a day in each half
 * of the year, the leap day and the last year. Each walk seeds a demo of its own, so the
 * workflows take three of the five days; the course year's shape is checked on all of them.
 */
export const WORKFLOW_SEED_DATES = ['2026-12-05', '2028-02-29', '2030-11-30'] as const;

let migrated: Promise<Blob> | null = null;

/** A migrated database with reference data and no demo, dumped once per test file. */
function migratedDump(): Promise<Blob> {
  migrated ??= (async () => {
    const database = await openDatabase({});
    try {
      await migrateDatabase(database);
      await loadReferenceData(database.db);
      const dump = await database.pglite!.dumpDataDir('none');
      return dump;
    } finally {
      await database.close();
    }
  })();
  return migrated;
}

/** A fresh PGlite database with the demo seeded on `today`, as `indsats start` seeds it. */
export async function openDemoDatabase(today: string): Promise<Database> {
  const database = await openDatabase({ loadDataDir: await migratedDump() });
  await prepareDatabase(database, { demo: true, today });
  return database;
}

/**
 * The application on a demo seeded on `today`, with the app's clock standing
 * at 10:00 that day (buildApp's clock; the wall clock is left alone, so a use
 * case that read it would show here).
 */
export async function startDemoApp(today: string): Promise<TestApp> {
  const database = await openDemoDatabase(today);
  return startTestApp({}, { database, clock: fixedClock(danishInstant(today, '10:00')) });
}
