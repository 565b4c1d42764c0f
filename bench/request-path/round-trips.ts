/**
 * Counts database round trips on PostgreSQL: every `query` a node-postgres
 * client sends (a pool's `query` goes through one) is one trip to the server,
 * whatever it holds – `BEGIN; SELECT set_config(…)` is one, as is the audit
 * insert sent together with COMMIT. Counting is on only inside `countTrips`.
 */
import pg from 'pg';

let counting = false;
let trips = 0;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function countedQuery(this: unknown, ...args: unknown[]) {
    if (counting) trips += 1;
    return original.apply(this, args);
  };
}

/** The trips `work` makes, with nothing else running on this process's pools meanwhile. */
export async function countTrips(work: () => Promise<void>): Promise<number> {
  install();
  trips = 0;
  counting = true;
  try {
    await work();
    return trips;
  } finally {
    counting = false;
  }
}
