import { AppError } from '../../core/errors.js';

/**
 * Bounds how many PDF checks run at once. Each check is a worker thread with
 * up to 256 MB of heap and 20 s of one core; without a bound, a burst of
 * uploads (or one hostile client) would start as many workers as requests
 * and take the server's memory with them. A few checks run, a few more wait
 * their turn in order, and any beyond that are refused at once with 503 and
 * `Retry-After`, so a request never waits behind an unbounded queue (ADR 14).
 */
export interface CheckSlots {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Checks running now and waiting now: for tests and the health page. */
  readonly load: { running: number; waiting: number };
}

export function checkSlots(limits: { running: number; waiting: number; retryAfterSeconds: number }): CheckSlots {
  let running = 0;
  const queue: Array<() => void> = [];

  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };

  return {
    get load() {
      return { running, waiting: queue.length };
    },
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (running < limits.running) {
        running++;
      } else if (queue.length < limits.waiting) {
        // The slot is handed over by `release`; `running` stays as it is.
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        throw new AppError('file_check_busy', { headers: { 'retry-after': String(limits.retryAfterSeconds) } });
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}

/** The server's one set of slots: two checks at a time on a two-core machine, four waiting. */
export const pdfCheckSlots = checkSlots({ running: 2, waiting: 4, retryAfterSeconds: 10 });
