import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/server/db/client.js';
import { runIndsats } from './helpers/cli.js';

const dataDir = mkdtempSync(join(tmpdir(), 'indsats-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `indsats …` as a user would, on its own PGlite data folder. */
const indsats = (args: string[], env: Record<string, string> = {}) => runIndsats(dataDir, args, env);

// Each test spawns the command (tsx); on a loaded two-core machine a spawn takes seconds.
describe('the indsats command', { timeout: 120_000 }, () => {
  // Six runs of the command, each starting Node and PGlite: give it time on a busy two-core machine.
  it(
    'migrates, creates a user, and verifies the audit log until a row is tampered with',
    { timeout: 300_000 },
    async () => {
      expect((await indsats(['migrate'])).code).toBe(0);

      const bad = await indsats(
        ['create-user', '--email', 'ikke-en-email', '--name', 'X', '--role', 'national_admin'],
        {
          INDSATS_PASSWORD: 'en-lang-adgangskode',
        },
      );
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toMatch(/email: Skriv en gyldig e-mailadresse/);

      const weak = await indsats(
        ['create-user', '--email', 'drift@test.example', '--name', 'Drift', '--role', 'national_admin'],
        {
          INDSATS_PASSWORD: 'password1234',
        },
      );
      expect(weak.code).toBe(2);
      expect(weak.stderr).toMatch(
        /INDSATS_PASSWORD: Adgangskoden står på en liste over almindelige eller lækkede adgangskoder/,
      );

      const created = await indsats(
        ['create-user', '--email', 'drift@test.example', '--name', 'Drift', '--role', 'national_admin'],
        {
          INDSATS_PASSWORD: 'en-lang-adgangskode',
        },
      );
      expect(created.stderr).toBe('');
      expect(created.stdout).toMatch(/Brugeren drift@test.example er oprettet/);

      const intact = await indsats(['audit', 'verify']);
      expect(intact.code).toBe(0);
      expect(intact.stdout).toMatch(/intakt: 2 rækker/);

      const db = await openDatabase({ dataDir });
      await db.exec(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_immutable;
      UPDATE audit_log SET details = '{"email":"anden@example.org"}' WHERE action = 'user.create';
      ALTER TABLE audit_log ENABLE TRIGGER audit_log_immutable;`);
      await db.close();

      const broken = await indsats(['audit', 'verify']);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/BRUDT/);
      expect(broken.stderr).toMatch(/kæde change, nr\. 1: changed/);
    },
  );
});
