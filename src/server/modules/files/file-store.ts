import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { ReadStream } from 'node:fs';

/**
 * The bytes of uploaded documents, on disk under the files folder
 * (INDSATS_FILES_DIR, default the data folder's files/). The database row in
 * `files` says who may see them; this module only stores and reads.
 */
export interface StoredBytes {
  storageKey: string;
  size: number;
  sha256: string;
}

/** Stores the bytes under a new key in the folder of the month of `now` (the request's). */
export async function storeBytes(filesDir: string, bytes: Buffer, extension: string, now: Date): Promise<StoredBytes> {
  const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}.${extension}`;
  const path = pathOf(filesDir, storageKey);
  await mkdir(dirname(path), { recursive: true });
  // Write aside, then rename: a crash never leaves half a file under the real name.
  const partial = `${path}.partial`;
  await writeFile(partial, bytes, { mode: 0o600 });
  await rename(partial, path);
  return { storageKey, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * Removes stored bytes: after the row that named them is gone and committed,
 * or when the row was never committed (a refused or failed upload). A file
 * already gone is no error.
 */
export async function removeStoredBytes(filesDir: string, storageKey: string): Promise<void> {
  try {
    await unlink(pathOf(filesDir, storageKey));
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw err;
  }
}

export function openStoredFile(filesDir: string, storageKey: string): ReadStream {
  return createReadStream(pathOf(filesDir, storageKey));
}

function pathOf(filesDir: string, storageKey: string): string {
  const root = resolve(filesDir);
  const path = resolve(join(root, storageKey));
  if (!path.startsWith(root + sep)) throw new Error(`storage key outside the files folder: ${storageKey}`);
  return path;
}
