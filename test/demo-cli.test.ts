import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROLES } from '../src/shared/roles.js';
import { runIndsats } from './helpers/cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'indsats-demo-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// The command spawns Node with tsx; on a loaded two-core machine a spawn takes seconds.
describe('the indsats command on the demo', { timeout: 120_000 }, () => {
  it('prints the demo logins as JSON: every role, two municipalities', async () => {
    const { code, stdout } = await runIndsats(dataDir, ['demo-users', '--json']);
    expect(code).toBe(0);
    const users = JSON.parse(stdout) as {
      email: string;
      password: string;
      role: string;
      municipalityCode: string | null;
    }[];
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(ROLES));
    expect(new Set(users.map((u) => u.municipalityCode).filter(Boolean))).toEqual(new Set(['0860', '0217']));
    expect(users.every((u) => u.password.length >= 12)).toBe(true);
  });
});
