import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder, found from this file whether it runs from src/ or dist/. */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'indsats') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Kan ikke finde pakkens rodmappe (package.json for indsats)');
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const migrationsFolder = join(packageRoot, 'drizzle');
export const referenceFolder = join(packageRoot, 'reference');
export const webDistFolder = join(packageRoot, 'dist', 'web');
