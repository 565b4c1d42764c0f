/**
 * The floor the app is measured against: a bare Fastify with a pg.Pool of the
 * same size, running the same SQL as the app's child repository
 * (src/server/modules/children/repository.ts) — but with no session lookup,
 * no transaction, no role switch, no row-level-security scope, no audit row
 * and no response validation. Whatever the app does beyond this is its price
 * for authentication, the two locks on child data and the audit trail.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';

// The select list and joins both child queries share, as Drizzle renders them.
const CHILD_FROM = `
  select "children"."id", "children"."first_name", "children"."last_name", "children"."birth_date",
    "children"."institution_id", "institutions"."name", "children"."municipality_code", "children"."group_id",
    "groups"."name", "children"."version", "children"."created_at", "children"."updated_at"
  from "children"
  inner join "institutions" on "institutions"."id" = "children"."institution_id"
  left join "groups" on "groups"."id" = "children"."group_id"`;

// The two `searchChildren` queries for a daycare chief (scope = the municipality,
// no filters, page 1: Drizzle leaves OFFSET 0 out): the page, then the total.
const COUNT_SQL = `select count(*)::int from "children" where "children"."municipality_code" = $1`;
const LIST_SQL = `${CHILD_FROM}
  where "children"."municipality_code" = $1
  order by "children"."last_name" asc, "children"."first_name" asc, "children"."id" asc
  limit $2`;

// The `findChild` query for the same scope.
const READ_SQL = `${CHILD_FROM}
  where ("children"."id" = $1 and "children"."municipality_code" = $2)`;

/** Column order of both queries; rows come back as arrays, as Drizzle asks for them. */
type ChildTuple = [
  id: string,
  firstName: string,
  lastName: string,
  birthDate: string,
  institutionId: string,
  institutionName: string,
  municipalityCode: string,
  groupId: string | null,
  groupName: string | null,
  version: number,
  createdAt: Date,
  updatedAt: Date,
];

/** The same JSON shape the app sends (contracts/children.ts `Child`). */
function presentChild(r: ChildTuple) {
  return {
    id: r[0],
    firstName: r[1],
    lastName: r[2],
    birthDate: r[3],
    institutionId: r[4],
    institutionName: r[5],
    groupId: r[7],
    groupName: r[8],
    version: r[9],
    createdAt: r[10].toISOString(),
    updatedAt: r[11].toISOString(),
  };
}

/** The child list and read on a bare pool: `/municipalities/:code/children[/:id]`. */
export function registerBaselineChildRoutes(app: FastifyInstance, pool: pg.Pool): void {
  app.get<{ Params: { code: string }; Querystring: { pageSize?: string } }>(
    '/municipalities/:code/children',
    async (request) => {
      const pageSize = Math.min(200, Math.max(1, Number(request.query.pageSize ?? 50) || 50));
      const result = await pool.query<ChildTuple>({
        text: LIST_SQL,
        values: [request.params.code, pageSize],
        rowMode: 'array',
      });
      const total =
        result.rows.length < pageSize
          ? result.rows.length
          : ((await pool.query<[number]>({ text: COUNT_SQL, values: [request.params.code], rowMode: 'array' }))
              .rows[0]?.[0] ?? 0);
      return { items: result.rows.map(presentChild), page: { page: 1, pageSize, total, totalCapped: false } };
    },
  );

  app.get<{ Params: { code: string; id: string } }>('/municipalities/:code/children/:id', async (request, reply) => {
    const result = await pool.query<ChildTuple>({
      text: READ_SQL,
      values: [request.params.id, request.params.code],
      rowMode: 'array',
    });
    const row = result.rows[0];
    if (!row) return reply.code(404).send({ code: 'not_found' });
    return presentChild(row);
  });
}

export interface BaselineServer {
  url: string;
  close(): Promise<void>;
}

export interface BaselineOptions {
  connectionString: string;
  poolSize: number;
}

/**
 * Starts the baseline on an ephemeral port. It connects as the schema owner;
 * the session-level maintenance scope lets a non-superuser owner through the
 * forced row-level security (a superuser bypasses it anyway).
 */
export async function startBaseline({ connectionString, poolSize }: BaselineOptions): Promise<BaselineServer> {
  const pool = new pg.Pool({ connectionString, max: poolSize, options: '-c indsats.child_scope=maintenance' });
  pool.on('error', () => {
    /* an idle client died; the pool replaces it */
  });
  const app: FastifyInstance = Fastify({ logger: false });
  registerBaselineChildRoutes(app, pool);

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
