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
 * NOT_YET_MOVED lists files that still lean on the demo; it may only shrink.
 */
const DEMO_TESTS = [/^test\/demo-[^/]+\.test\.ts$/, /^test\/unit\/demo-[^/]+\.test\.ts$/, /^test\/e2e\//];

const NOT_YET_MOVED = new Set<string>([]);

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
    const leaning = filesLeaningOnTheDemo();
    expect(leaning.filter((f) => !NOT_YET_MOVED.has(f))).toEqual([]);
  });

  it('keeps the list of files not yet moved honest (a moved file leaves it)', () => {
    const leaning = new Set(filesLeaningOnTheDemo());
    expect([...NOT_YET_MOVED].filter((f) => !leaning.has(f))).toEqual([]);
  });
});
