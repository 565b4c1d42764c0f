/**
 * Fails when a generated artefact that is committed has drifted from the code
 * that generates it: the SQL migrations (drizzle-kit) and docs/openapi.json.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { renderOpenApi } from './openapi-document.js';

let failed = false;

const committed = readFileSync('docs/openapi.json', 'utf8');
if (committed !== (await renderOpenApi())) {
  console.error('docs/openapi.json er forældet: kør "npm run openapi" og commit resultatet.');
  failed = true;
}

// Generate into a copy of the migrations folder: any new file there is drift.
// (drizzle-kit wants a relative --out path.)
const copy = join('node_modules', '.cache', `indsats-drift-${process.pid}`);
rmSync(copy, { recursive: true, force: true });
cpSync('drizzle', copy, { recursive: true });
const before = readdirSync(copy, { recursive: true }).length;
execFileSync(
  'npx',
  // The same schema files as drizzle.config.ts.
  [
    'drizzle-kit',
    'generate',
    '--dialect',
    'postgresql',
    '--schema',
    './src/server/db/schema*.ts',
    '--out',
    copy,
    '--name',
    'drift',
  ],
  { stdio: 'pipe' },
);
const added = readdirSync(copy, { recursive: true }).length - before;
rmSync(copy, { recursive: true, force: true });
if (added > 0) {
  console.error(
    'Skemaet (src/server/db/schema*.ts) og migreringerne er ude af trit: kør "npm run db:generate" og commit.',
  );
  failed = true;
}

if (failed) process.exit(1);
console.log('Genererede filer er i trit med koden.');
