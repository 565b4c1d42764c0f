/**
 * The request path's floor: a bare Fastify with a pg.Pool of the app's size.
 * The child list and read run the app's own SQL (bench/baseline-server.ts).
 * For the course, the application, the meeting and the dashboard it does the
 * least any server must do to send that JSON from PostgreSQL: one indexed read
 * of the document (the app's answer, stored once before the load in a schema
 * of the bench's own) and its serialisation. No session, no transaction, no
 * scope, no audit row, no validation.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { registerBaselineChildRoutes, type BaselineServer } from '../baseline-server.js';

const SCHEMA = 'bench_baseline';

/** Stores the documents the baseline answers with, keyed by their path under /documents/. */
export async function storeDocuments(connectionString: string, documents: Map<string, unknown>): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.documents (path text PRIMARY KEY, body json NOT NULL)`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${SCHEMA}.reads (id bigserial PRIMARY KEY, path text NOT NULL, at timestamptz NOT NULL DEFAULT now())`,
    );
    for (const [path, body] of documents) {
      await client.query(
        `INSERT INTO ${SCHEMA}.documents (path, body) VALUES ($1, $2) ON CONFLICT (path) DO UPDATE SET body = excluded.body`,
        [path, JSON.stringify(body)],
      );
    }
  } finally {
    await client.end();
  }
}

export async function startRequestPathBaseline(connectionString: string, poolSize: number): Promise<BaselineServer> {
  const pool = new pg.Pool({ connectionString, max: poolSize, options: '-c indsats.child_scope=maintenance' });
  pool.on('error', () => {
    /* an idle client died; the pool replaces it */
  });
  const app: FastifyInstance = Fastify({ logger: false });
  registerBaselineChildRoutes(app, pool);
  app.get<{ Params: { '*': string } }>('/documents/*', async (request, reply) => {
    const result = await pool.query<{ body: unknown }>({
      name: 'bench-document',
      text: `SELECT body FROM ${SCHEMA}.documents WHERE path = $1`,
      values: [request.params['*']],
    });
    const row = result.rows[0];
    if (!row) return reply.code(404).send({ code: 'not_found' });
    return row.body;
  });
  registerFloorRoute(app, pool);
  try {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    return {
      url: address,
      close: async () => {
        await app.close();
        await pool.end();
      },
    };
  } catch (err) {
    await pool.end();
    throw err;
  }
}

/**
 * The floor of the issue's own design: the same stored document, read the way
 * issue 10 point 9 says a read must go – three round trips on one connection:
 * BEGIN with a transaction-local scope, the read, and (for an audited read) a
 * row recorded with COMMIT. No session, no access rules, no validation, and a
 * plain insert instead of the audit chain's. What this reaches against the
 * one-trip baseline is the most any app built that way can.
 * `/floor/documents/<key>?audit=1`.
 */
function registerFloorRoute(app: FastifyInstance, pool: pg.Pool): void {
  app.get<{ Params: { '*': string }; Querystring: { audit?: string } }>(
    '/floor/documents/*',
    async (request, reply) => {
      const path = request.params['*'];
      const client = await pool.connect();
      try {
        await client.query(
          `BEGIN; SELECT set_config('indsats.municipality', '0860', true), set_config('indsats.user_id', ${client.escapeLiteral(
            request.id,
          )}, true)`,
        );
        const result = await client.query<{ body: unknown }>({
          name: 'bench-document',
          text: `SELECT body FROM ${SCHEMA}.documents WHERE path = $1`,
          values: [path],
        });
        await client.query(
          request.query.audit === '1'
            ? `INSERT INTO ${SCHEMA}.reads (path) VALUES (${client.escapeLiteral(path)}); COMMIT`
            : 'COMMIT',
        );
        const row = result.rows[0];
        if (!row) return reply.code(404).send({ code: 'not_found' });
        return row.body;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
  );
}
