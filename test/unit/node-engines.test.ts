import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * The Node.js the README promises is the one every installed package accepts:
 * on a fresh machine `npm ci` printed fifteen EBADENGINE warnings when three
 * dependencies declared Node ≥ 22 against the README's 20.19 (issue 11).
 * Versions are chosen to support it (package.json; `overrides` for two
 * transitive ones), and this test fails when an upgrade brings one back.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { engines?: unknown }>;
};
const readme = readFileSync('README.md', 'utf8');

describe('the Node.js version the project promises', () => {
  const oldest = semver.minVersion(pkg.engines.node);

  it('is the same in package.json and the README', () => {
    expect(oldest?.version).toBe('20.19.0');
    expect(readme).toContain('Node.js 20.19 eller nyere');
  });

  it('is accepted by every package in the lockfile', () => {
    const refused = Object.entries(lock.packages).flatMap(([path, entry]) => {
      const node = (entry.engines as { node?: unknown } | undefined)?.node;
      return typeof node === 'string' && oldest && !semver.satisfies(oldest, node) ? [`${path}: node ${node}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('is met by the Node.js running the tests', () => {
    expect(semver.satisfies(process.version, pkg.engines.node)).toBe(true);
  });
});
