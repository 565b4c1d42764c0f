import { defineConfig } from 'vitest/config';

const integration = ['test/**/*.test.ts', 'src/**/*.test.ts'];
const browser = ['test/e2e/**/*.test.ts'];
const withPostgres = Boolean(process.env.DATABASE_URL);
/** SHIFTED_CLOCK=1 (scripts/test-shifted-clock.sh): the non-browser suite on PGlite only, under faketime. */
const shifted = process.env.SHIFTED_CLOCK === '1';

/**
 * Integration tests run once per database engine: PGlite always, PostgreSQL
 * when DATABASE_URL is set (CI sets it). Browser journeys, unit, CLI and the
 * demo's own tests (which seed PGlite databases of their own) run once;
 * test/postgres/ holds what only a PostgreSQL server can show (several
 * instances). The browser project has a longer time limit: on a loaded
 * two-core machine a journey waits on Chromium and the server at once.
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
    projects: [
      {
        extends: true as const,
        test: {
          name: 'pglite',
          include: integration,
          exclude: ['node_modules/**', 'test/postgres/**', ...browser],
          env: { TEST_ENGINE: 'pglite' },
        },
      },
      ...(withPostgres && !shifted
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['test/**/*.test.ts'],
                exclude: ['node_modules/**', ...browser, 'test/unit/**', 'test/cli.test.ts', 'test/demo-*.test.ts'],
                env: { TEST_ENGINE: 'postgres' },
              },
            },
          ]
        : []),
      ...(shifted
        ? []
        : [
            {
              extends: true as const,
              test: { name: 'browser', include: browser, testTimeout: 120_000, env: { TEST_ENGINE: 'pglite' } },
            },
          ]),
    ],
  },
});
