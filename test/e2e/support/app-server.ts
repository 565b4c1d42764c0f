import { tmpdir } from 'node:os';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/server/app.js';
import { loadConfig } from '../../../src/server/config.js';
import { openDatabase, type Database } from '../../../src/server/db/client.js';
import { prepareDatabase } from '../../../src/server/server.js';
import { danishToday } from '../../../src/server/time/danish-today.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const webIndex = join(repoRoot, 'dist', 'web', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The server serves dist/web only if it exists when the app is built, so
 * build the web client first when it is missing or older than its sources.
 */
export async function ensureWebBuild(): Promise<void> {
  const sources = Math.max(newestMtime(join(repoRoot, 'web')), newestMtime(join(repoRoot, 'src', 'shared')));
  if (existsSync(webIndex) && statSync(webIndex).mtimeMs >= sources) return;
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(repoRoot, 'web', 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  if (!existsSync(webIndex)) throw new Error(`The web build did not produce ${webIndex}; run \`npm run build:web\`.`);
}

export interface RunningApp {
  baseUrl: string;
  /** The app's database, for a test's own data built with the factories (test/helpers). */
  database: Database;
  close: () => Promise<void>;
}

/** The real server in-process, on an in-memory PGlite database with the demo data. */
export async function startApp(): Promise<RunningApp> {
  await ensureWebBuild();
  const filesDir = join(tmpdir(), `indsats-e2e-files-${process.pid}`);
  const config = {
    ...loadConfig({ INDSATS_LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', INDSATS_FILES_DIR: filesDir }),
    port: 0,
  };
  const database = await openDatabase({ databaseUrl: undefined });
  let app: FastifyInstance | null = null;
  try {
    // Seeded on today's date: the browser and the app read the same wall clock.
    await prepareDatabase(database, { demo: true, today: danishToday(new Date()) });
    app = await buildApp({ config, database });
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (err) {
    await app?.close();
    await database.close();
    throw err;
  }
  const { port } = app.server.address() as AddressInfo;
  const running = app;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    close: async () => {
      await running.close();
      await database.close();
    },
  };
}
