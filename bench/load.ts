/**
 * One load measurement with autocannon: a warm-up run that is thrown away,
 * then the measured run, both with the same settings for every target. The
 * load runs in an autocannon worker thread so the client does not share the
 * event loop of the servers it measures (they run in this process).
 */
import autocannon from 'autocannon';

export interface LoadSettings {
  connections: number;
  pipelining: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** autocannon worker threads firing the requests. */
  workers: number;
}

export interface LoadTarget {
  name: string;
  /** The server's origin, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Requested in rotation by every connection. */
  paths: string[];
  headers?: Record<string, string>;
}

export interface LoadResult {
  name: string;
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
}

function run(target: LoadTarget, settings: LoadSettings, seconds: number): Promise<autocannon.Result> {
  const [first] = target.paths;
  if (!first) throw new Error(`${target.name}: ingen stier at belaste`);
  return autocannon({
    url: target.origin + first,
    connections: settings.connections,
    pipelining: settings.pipelining,
    duration: seconds,
    workers: settings.workers,
    headers: target.headers ?? {},
    // Plain request objects (no functions), so they cross into the worker thread.
    requests: target.paths.map((path) => ({ method: 'GET' as const, path })),
  });
}

/** Fails on any error or non-2xx answer: a run that measured error pages measured nothing. */
function assertClean(target: LoadTarget, result: autocannon.Result): void {
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(
      `${target.name}: ${result.errors} fejl (heraf ${result.timeouts} timeouts) og ${result.non2xx} svar uden 2xx ` +
        `af ${result.requests.total} forespørgsler`,
    );
  }
  if (result.requests.total === 0) throw new Error(`${target.name}: ingen forespørgsler gennemført`);
}

export async function measure(target: LoadTarget, settings: LoadSettings): Promise<LoadResult> {
  if (settings.warmupSeconds > 0) assertClean(target, await run(target, settings, settings.warmupSeconds));
  const result = await run(target, settings, settings.durationSeconds);
  assertClean(target, result);
  return {
    name: target.name,
    requests: result.requests.total,
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.total / result.duration,
    latencyMs: {
      mean: result.latency.mean,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  };
}
