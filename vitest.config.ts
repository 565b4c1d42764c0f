import { defineConfig } from 'vitest/config';

const integration = ['test/**/*.test.ts', 'src/**/*.test.ts'];
const engines = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * Integration tests run once per database engine: PGlite always, PostgreSQL
 * when DATABASE_URL is set (CI sets it). Browser, unit and CLI tests run once;
 * test/postgres/ holds what only a PostgreSQL server can show (several instances).
 */
export default defineConfig({
  test: {
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker per core minus one – a single worker on the two-core CI
    // machine. Three let the browser journeys (mostly waiting on Chromium) overlap the
    // database tests; measured in docs/benchmarks.md ("Test suite").
    maxWorkers: 3,
    projects: engines.map((engine) => ({
      extends: true,
      test: {
        name: engine,
        include: engine === 'pglite' ? integration : ['test/**/*.test.ts'],
        exclude:
          engine === 'pglite'
            ? ['node_modules/**', 'test/postgres/**']
            : ['node_modules/**', 'test/e2e/**', 'test/unit/**', 'test/cli.test.ts'],
        env: { TEST_ENGINE: engine },
      },
    })),
  },
});
