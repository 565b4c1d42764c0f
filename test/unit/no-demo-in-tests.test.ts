import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Issue 10, point 8: each test builds its own world with factories
 * (test/helpers/people.ts, factories.ts, course-factories.ts,
 * round-factories.ts); the demo's ids, people and logins belong only to the
 * tests of the demo itself. This test finds a demo reference anywhere else.
 *
 * DEMO_TESTS are the demo's own tests: they seed or start the demo and check
 * what a newcomer following the README meets (the browser journeys walk the
 * README's workflows on the demo as `npm start` shows it).
 */
const DEMO_TESTS = [/^test\/demo-[^/]+\.test\.ts$/, /^test\/unit\/demo-[^/]+\.test\.ts$/, /^test\/e2e\//];

const DEMO_MARKERS = [
  /\bloginAsDemo\b/,
  /\bbuildDemoCourse\b/,
  /\bdemoId\(/,
  /\bdemoUser\(/,
  /\bDEMO_USERS\b/,
  /\bownInstitutionId\b/,
  /\botherInstitutionId\b/,
  /\bdemoConsultantId\b/,
  /@kommune\.example/,
  /@socialstyrelsen\.example/,
  /@evaluering\.example/,
];

function filesLeaningOnTheDemo(): string[] {
  return readdirSync('test', { recursive: true, encoding: 'utf8' })
    .map((f) => `test/${f.split('\\').join('/')}`)
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => !f.startsWith('test/helpers/') && f !== 'test/unit/no-demo-in-tests.test.ts')
    .filter((f) => !DEMO_TESTS.some((pattern) => pattern.test(f)))
    .filter((f) => DEMO_MARKERS.some((marker) => marker.test(readFileSync(f, 'utf8'))))
    .sort();
}

describe('tests build their own world', () => {
  it('uses demo ids, people and logins only in the tests of the demo itself', () => {
    expect(filesLeaningOnTheDemo()).toEqual([]);
  });

  it('finds a demo reference where there is one (as in the demo’s own tests)', () => {
    const demoFiles = readdirSync('test')
      .map((f) => `test/${f}`)
      .filter((f) => /^test\/demo-[^/]+\.test\.ts$/.test(f));
    expect(demoFiles.some((f) => DEMO_MARKERS.some((marker) => marker.test(readFileSync(f, 'utf8'))))).toBe(true);
  });
});
