#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'server', 'cli', 'main.js');
if (!existsSync(entry)) {
  console.error('Indsats er ikke bygget endnu. Kør "npm ci" (eller "npm run build") i projektmappen.');
  process.exit(1);
}
await import(entry);
