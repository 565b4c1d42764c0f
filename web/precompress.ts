import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text and uncompressed font formats; woff/woff2, images and PDFs are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.txt',
  '.xml',
  '.ico',
  '.ttf',
  '.otf',
  '.eot',
  '.webmanifest',
]);
/** Below this a compressed copy saves less than its extra header and file costs. */
const MIN_BYTES = 1024;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * Writes a brotli (.br, best quality) and a gzip (.gz, level 9) copy beside
 * every compressible file of the built client, where the copy is smaller. The
 * server sends them as they are (@fastify/static `preCompressed`), so nothing
 * is compressed per request. Returns the files it compressed.
 */
export async function precompressFolder(dir: string): Promise<string[]> {
  const files = (await filesUnder(dir)).filter((f) => COMPRESSIBLE.has(extname(f).toLowerCase()));
  const done: string[] = [];
  await Promise.all(
    files.map(async (file) => {
      const original = await readFile(file);
      if (original.length < MIN_BYTES) return;
      const [br, gzipped] = await Promise.all([
        brotli(original, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
          },
        }),
        gz(original, { level: 9 }),
      ]);
      if (br.length < original.length) await writeFile(`${file}.br`, br);
      if (gzipped.length < original.length) await writeFile(`${file}.gz`, gzipped);
      done.push(file);
    }),
  );
  return done.sort();
}

/** The Vite build step: precompresses the output folder once the bundle is written. */
export function precompress(): Plugin {
  return {
    name: 'indsats-precompress',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir) await precompressFolder(options.dir);
    },
  };
}
