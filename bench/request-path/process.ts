/**
 * The app as `npm start` runs it: `node bin/indsats.js start` in a process of
 * its own (the built server in dist/), request logging at info level into a
 * file, housekeeping started by startServer. Also the restart measurement:
 * from spawning that process to /api/health answering 200.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('ingen ledig port');
  return address.port;
}

export interface AppProcess {
  origin: string;
  /** Milliseconds from spawn to the first 200 from /api/health. */
  readyMs: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** PostgreSQL; omitted = PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Where the server's stdout (the request log) goes. */
  logFile: string;
  timeoutMs?: number;
}

/** Builds the server into dist/ (what `node bin/indsats.js` runs), so the measured process runs this checkout. */
export async function buildServer(): Promise<void> {
  const child = spawn('npx', ['tsc', '-p', 'tsconfig.server.json'], { cwd: ROOT, stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`npm run build:server sluttede med ${code}`);
}

async function healthy(origin: string): Promise<boolean> {
  try {
    const res = await fetch(`${origin}/api/health`);
    return res.status === 200;
  } catch {
    return false;
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), sleep(10_000, true)]);
    if (timedOut) child.kill('SIGKILL');
  };
}

export async function startApp(options: StartOptions): Promise<AppProcess> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = openSync(options.logFile, 'a');
  let stderr = '';
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/indsats.js', 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: options.databaseUrl ?? '',
      INDSATS_DATA_DIR: options.dataDir,
      INDSATS_LOG_LEVEL: 'info',
    },
    stdio: ['ignore', log, 'pipe'],
  });
  closeSync(log);
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = stopper(child);
  const deadline = started + (options.timeoutMs ?? 120_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`appen stoppede under start (kode ${child.exitCode}): ${stderr}`);
    if (await healthy(origin)) return { origin, readyMs: performance.now() - started, stop };
    await sleep(10);
  }
  await stop();
  throw new Error(`appen svarede ikke på /api/health inden for tiden: ${stderr}`);
}

/** Starts and stops the app `runs` times; the median time to a healthy /api/health, with every run. */
export async function measureRestarts(
  options: StartOptions,
  runs: number,
): Promise<{ medianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const app = await startApp(options);
    runsMs.push(Math.round(app.readyMs));
    await app.stop();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runsMs };
}

/** Milliseconds to import the built app module in a fresh Node (median of `runs`). */
export async function measureImport(runs: number): Promise<{ medianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  const script = `const t = performance.now(); await import('./dist/server/server/app.js'); console.log(performance.now() - t);`;
  for (let i = 0; i < runs; i++) {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await new Promise((resolve) => child.on('exit', resolve));
    runsMs.push(Math.round(Number(out.trim())));
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, runsMs };
}
