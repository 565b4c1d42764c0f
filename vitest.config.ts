import { defineConfig } from 'vitest/config';

const integration = ['test/**/*.test.ts', 'src/**/*.test.ts'];
const unit = ['test/unit/**/*.test.ts'];
const browser = ['test/e2e/**/*.test.ts'];
const withPostgres = Boolean(process.env.DATABASE_URL);

/**
 * Tests whose "now" is the wall clock by design, or that seed the demo on dates they
 * choose: the command line's (a command a person runs is an entry point, like a request)
 * and the demo's own. They never run under a shifted system clock.
 */
const wallClockUnit = ['test/unit/*-cli.test.ts'];
const wallClockIntegration = ['test/demo-*.test.ts', 'test/cli.test.ts'];

/**
 * TEST_PASS splits the suite into two passes that together run every test once
 * (`.ci/run`); `npm test` without it runs everything:
 * - `shifted` (scripts/test-shifted-clock.sh, under `faketime -f '+730d'`): the unit and
 *   PGlite tests but the wall-clock ones;
 * - `wall-clock`: the rest – the wall-clock tests on PGlite, every database test on
 *   PostgreSQL (when DATABASE_URL is set) and the browser journeys.
 */
const pass = process.env.TEST_PASS ?? 'all';
if (!['all', 'shifted', 'wall-clock'].includes(pass))
  throw new Error(`TEST_PASS=${pass}: skriv all, shifted eller wall-clock`);
const shifted = pass === 'shifted';
const wallClock = pass === 'wall-clock';

/**
 * Unit tests run once, each file isolated (some hold module state on purpose,
 * e.g. the domain events' handler table). Integration tests run once per
 * database engine: PGlite always, PostgreSQL when DATABASE_URL is set (CI sets
 * it). Browser journeys, CLI and the demo's own tests (which seed PGlite
 * databases of their own) run once; test/postgres/ holds what only a
 * PostgreSQL server can show (several instances).
 *
 * The database projects run their files one after another in each worker
 * without isolation (`isolate: false`): every file builds its own app on its
 * own database copy with its own files folder, so nothing is shared but the
 * imported code, and importing the app once per worker instead of once per
 * file saves most of the suite's time (docs/benchmarks.md, "Test suite").
 * The browser project has a longer time limit: on a loaded two-core machine a
 * journey waits on Chromium and the server at once.
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
          name: 'unit',
          include: wallClock ? wallClockUnit : unit,
          exclude: ['node_modules/**', ...(shifted ? wallClockUnit : [])],
          env: { TEST_ENGINE: 'pglite' },
        },
      },
      {
        extends: true as const,
        test: {
          name: 'pglite',
          isolate: false,
          include: wallClock ? wallClockIntegration : integration,
          exclude: [
            'node_modules/**',
            'test/postgres/**',
            ...unit,
            ...browser,
            ...(shifted ? wallClockIntegration : []),
          ],
          env: { TEST_ENGINE: 'pglite' },
        },
      },
      ...(withPostgres && !shifted
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                isolate: false,
                include: ['test/**/*.test.ts'],
                exclude: ['node_modules/**', ...browser, ...unit, ...wallClockIntegration],
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
