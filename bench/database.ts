/** The bench's own databases: created fresh, or an explicit one checked to hold no real data. */
import pg from 'pg';

/** A reason not to run (not a crash): printed without a stack trace. */
export class Refusal extends Error {}

/** Drops and creates the database named in `url`, through the server's `postgres` database. */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error(`DATABASE_URL ${url} nævner ingen database`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** An explicit DATABASE_URL is used as it is, but never one that holds users (real data). */
export async function assertHoldsNoUsers(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ users: boolean }>(`SELECT to_regclass('public.users') IS NOT NULL AS users`);
    if (!rows[0]?.users) return;
    const { rows: counted } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
    const n = counted[0]?.n ?? 0;
    if (n > 0) {
      throw new Refusal(
        `Databasen i DATABASE_URL har allerede ${n} brugere; benchmarken skriver ikke i en database med data. ` +
          'Brug en tom database, eller lad DATABASE_URL være tom for at bruge indsats_bench.',
      );
    }
  } finally {
    await client.end();
  }
}
