import { randomUUID } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countTrips } from '../../bench/request-path/round-trips.js';
import type { Actor } from '../../src/server/core/actor.js';
import { inActorTx } from '../../src/server/core/transaction.js';
import { APP_ROLE, queryRows, type Database, type Tx } from '../../src/server/db/client.js';
import { municipalities } from '../../src/server/db/schema.js';
import { openTestDatabase } from '../helpers/test-database.js';

/**
 * Queries a request starts together travel in one message (db/batching-client.ts).
 * On a PostgreSQL server this file shows that they do, that each answers as it
 * would alone – values of every kind the app sends, rows as arrays for
 * Drizzle's selects and as objects for raw SQL – and that a failure rolls the
 * whole transaction back without leaving anything behind on the pool.
 */
let database: Database;

const actor: Actor = {
  userId: randomUUID(),
  name: 'Bo Batch',
  email: 'bo@test.example',
  role: 'national_admin',
  municipalityCode: '',
  institutionIds: [],
  ip: null,
};

beforeAll(async () => {
  database = await openTestDatabase();
  await database.exec(`CREATE TABLE IF NOT EXISTS batching_probe (marker text NOT NULL);
    GRANT SELECT, INSERT ON batching_probe TO ${APP_ROLE};`);
});

afterAll(async () => {
  await database?.exec('DROP TABLE IF EXISTS batching_probe');
  await database?.close();
});

/** Values of each kind node-postgres converts, echoed back with their types. */
function echo(tx: Tx) {
  const when = new Date('2027-01-15T09:30:00.000Z');
  return queryRows<Record<string, unknown>>(
    tx,
    sql`SELECT ${42}::int AS n, ${'O\'Brien \\ "citat" $1 æøå 👶'}::text AS t, ${true}::boolean AS b,
      ${null}::text AS nothing, ${'2027-03-01'}::date AS d, ${when}::timestamptz AS at,
      ${JSON.stringify({ a: [1, 'to'] })}::jsonb AS j, ${sql`ARRAY[${'x'}, ${'y'}]`}::text[] AS arr`,
  );
}

function someMunicipalities(tx: Tx) {
  return tx
    .select({ code: municipalities.code, name: municipalities.name })
    .from(municipalities)
    .orderBy(asc(municipalities.code))
    .limit(3);
}

describe('queries started together', () => {
  it('travel in one message and answer as they do alone', async () => {
    const alone = await inActorTx(database.db, actor, async (tx) => ({
      echoed: await echo(tx),
      listed: await someMunicipalities(tx),
    }));
    let together: typeof alone | undefined;
    const trips = await countTrips(async () => {
      together = await inActorTx(database.db, actor, async (tx) => {
        const [echoed, listed] = await Promise.all([echo(tx), someMunicipalities(tx)]);
        return { echoed, listed };
      });
    });
    expect(together).toEqual(alone);
    expect(alone.listed).toHaveLength(3);
    expect(alone.echoed[0]).toMatchObject({ n: 42, b: true, nothing: null, d: '2027-03-01', arr: ['x', 'y'] });
    expect(alone.echoed[0]?.['t']).toBe('O\'Brien \\ "citat" $1 æøå 👶');
    expect(alone.echoed[0]?.['j']).toEqual({ a: [1, 'to'] });
    // BEGIN with the scope, the two queries, COMMIT.
    expect(trips).toBe(3);
  });

  it('one after another take a trip each', async () => {
    const trips = await countTrips(async () => {
      await inActorTx(database.db, actor, async (tx) => {
        await echo(tx);
        await someMunicipalities(tx);
      });
    });
    expect(trips).toBe(4);
  });

  it('are prepared once per connection, alone or together, and then only executed', async () => {
    const prepared = (tx: Tx) =>
      queryRows<{ name: string; statement: string }>(tx, sql`SELECT name, statement FROM pg_prepared_statements`);
    const seen = await inActorTx(database.db, actor, async (tx) => {
      await echo(tx);
      const afterAlone = await prepared(tx);
      await Promise.all([echo(tx), someMunicipalities(tx)]);
      await Promise.all([echo(tx), someMunicipalities(tx)]);
      return { afterAlone, afterTogether: await prepared(tx) };
    });
    const named = (rows: { name: string; statement: string }[]) => rows.filter((r) => r.name.startsWith('q_'));
    const echoText = named(seen.afterAlone).find((r) => r.statement.includes('AS arr'));
    expect(echoText, 'the lone query is prepared under its hash').toBeDefined();
    // Each text once: the batches executed what the connection had and prepared only the new one.
    const texts = named(seen.afterTogether).map((r) => r.statement);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.includes('AS arr'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('"municipalities"'))).toHaveLength(1);
    expect(seen.afterTogether.filter((r) => r.name.startsWith('indsats_batch_'))).toEqual([]);
  });

  it('may hold the same text twice, and a query that waits on another read started beside it', async () => {
    // The round export read the round beside the selection, which reads in several steps: a 500 on PostgreSQL.
    const byCode = (tx: Tx, code: string) =>
      queryRows<{ name: string }>(tx, sql`SELECT name FROM municipalities WHERE code = ${code}`);
    const inSteps = async (tx: Tx) => {
      const first = await byCode(tx, '0101');
      const [again, listed] = await Promise.all([byCode(tx, '0147'), someMunicipalities(tx)]);
      return [first, again, listed.length, await byCode(tx, '0151')];
    };
    const [twice, stepped] = await inActorTx(database.db, actor, (tx) =>
      Promise.all([Promise.all([byCode(tx, '0101'), byCode(tx, '0147'), byCode(tx, '0101')]), inSteps(tx)]),
    );
    expect(twice).toEqual([[{ name: 'København' }], [{ name: 'Frederiksberg' }], [{ name: 'København' }]]);
    expect(stepped).toEqual([[{ name: 'København' }], [{ name: 'Frederiksberg' }], 3, [{ name: 'Ballerup' }]]);
  });

  it('fail together when one fails, and the transaction keeps nothing', async () => {
    const marker = randomUUID();
    const failing = inActorTx(database.db, actor, async (tx) => {
      await tx.execute(sql`INSERT INTO batching_probe (marker) VALUES (${marker})`);
      const results = await Promise.allSettled([
        someMunicipalities(tx),
        tx.execute(sql`SELECT 1 / (${0}::int) AS boom`),
        echo(tx),
      ]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      throw (results[1] as PromiseRejectedResult).reason;
    });
    // Drizzle names the query that failed and keeps the server's error as the cause.
    await expect(failing).rejects.toMatchObject({ cause: { message: 'division by zero' } });
    const kept = await queryRows(database.db, sql`SELECT 1 FROM batching_probe WHERE marker = ${marker}`);
    expect(kept).toEqual([]);
    // Every connection of the pool still works, batched and alone (none kept a half-prepared statement).
    for (let i = 0; i < 12; i++) {
      const [echoed, listed] = await inActorTx(database.db, actor, (tx) =>
        Promise.all([echo(tx), someMunicipalities(tx)]),
      );
      expect(echoed[0]?.['n']).toBe(42);
      expect(listed).toHaveLength(3);
    }
  });

  it('are refused once the work has failed, never sent on a connection back in the pool', async () => {
    const marker = randomUUID();
    const failing = inActorTx(database.db, actor, (tx) =>
      Promise.all([
        Promise.reject(new Error('the work failed first')),
        tx.execute(sql`INSERT INTO batching_probe (marker) VALUES (${marker})`),
      ]),
    );
    await expect(failing).rejects.toThrow('the work failed first');
    // Give a stray message every chance to be sent before looking.
    await new Promise((resolve) => setImmediate(resolve));
    await inActorTx(database.db, actor, (tx) => queryRows(tx, sql`SELECT 1`));
    const kept = await queryRows(database.db, sql`SELECT 1 FROM batching_probe WHERE marker = ${marker}`);
    expect(kept).toEqual([]);
  });
});
