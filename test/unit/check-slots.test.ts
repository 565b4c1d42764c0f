import { describe, expect, it } from 'vitest';
import { checkSlots } from '../../src/server/modules/files/check-slots.js';
import { AppError } from '../../src/server/core/errors.js';

/** A task that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { open, task: () => done.then(() => 'ok') };
}

describe('PDF check slots', () => {
  it('runs two at once, queues four in order, and refuses the seventh with 503 and Retry-After', async () => {
    const slots = checkSlots({ running: 2, waiting: 4, retryAfterSeconds: 10 });
    const gates = Array.from({ length: 6 }, gate);
    const started: number[] = [];
    const runs = gates.map((g, i) => slots.run(() => (started.push(i), g.task())));
    await Promise.resolve();
    expect(slots.load).toEqual({ running: 2, waiting: 4 });
    expect(started).toEqual([0, 1]);

    const refused = await slots.run(() => Promise.resolve('never')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).code).toBe('file_check_busy');
    expect((refused as AppError).headers['retry-after']).toBe('10');

    gates[1]!.open();
    await runs[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    expect(slots.load).toEqual({ running: 2, waiting: 3 });

    for (const g of gates) g.open();
    await expect(Promise.all(runs)).resolves.toEqual(Array(6).fill('ok'));
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot when a check fails, so a crashed check never blocks the next', async () => {
    const slots = checkSlots({ running: 1, waiting: 0, retryAfterSeconds: 5 });
    await expect(slots.run(() => Promise.reject(new Error('worker died')))).rejects.toThrow('worker died');
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
    await expect(slots.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });
});
