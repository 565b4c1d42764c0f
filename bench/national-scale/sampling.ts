/**
 * Latency of one request at a time: the time from sending a GET to having
 * read the whole answer, in milliseconds, over many samples.
 */
import { performance } from 'node:perf_hooks';

export interface Latency {
  n: number;
  median: number;
  p99: number;
  max: number;
  mean: number;
}

const WARMUP = 3;
const MAX_SAMPLES = Number(process.env.SCALE_SAMPLES ?? 200);
const MAX_SECONDS = 20;
const MIN_SAMPLES = 20;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

export function latencyOf(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
  };
}

/** One GET; fails on anything but 2xx (a bench of error pages measures nothing). */
export async function timedGet(
  origin: string,
  path: string,
  cookie?: string,
): Promise<{ ms: number; bytes: number; body: unknown }> {
  const started = performance.now();
  const res = await fetch(origin + path, { headers: cookie ? { cookie } : {} });
  const text = await res.text();
  const ms = performance.now() - started;
  if (!res.ok) throw new Error(`GET ${path} gav ${res.status}: ${text.slice(0, 300)}`);
  return {
    ms,
    bytes: Buffer.byteLength(text),
    body: res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as unknown) : text,
  };
}

/** Warm-up, then up to MAX_SAMPLES requests or MAX_SECONDS (at least MIN_SAMPLES), paths in turn. */
export async function sampleLatencies(
  origin: string,
  paths: string[],
  cookie: string,
): Promise<{ latency: Latency; bytes: number }> {
  const path = (i: number) => paths[i % paths.length] ?? '/';
  for (let i = 0; i < WARMUP; i++) await timedGet(origin, path(i), cookie);
  const samples: number[] = [];
  let bytes = 0;
  const deadline = performance.now() + MAX_SECONDS * 1000;
  for (let i = 0; samples.length < MAX_SAMPLES && (samples.length < MIN_SAMPLES || performance.now() < deadline); i++) {
    const r = await timedGet(origin, path(i + WARMUP), cookie);
    samples.push(r.ms);
    bytes = r.bytes;
  }
  return { latency: latencyOf(samples), bytes };
}
