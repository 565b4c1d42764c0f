import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './client.js';
import { APP_ROLE } from './client.js';

/** Tables holding child-level personal data; each must have forced row-level security. */
export const CHILD_LEVEL_TABLES = ['children'] as const;

interface RoleRow extends Record<string, unknown> {
  rolsuper: boolean;
  rolbypassrls: boolean;
}
interface TableRow extends Record<string, unknown> {
  relname: string;
  relrowsecurity: boolean;
  relforcerowsecurity: boolean;
  owner: string;
  policies: number;
}
interface PrivRow extends Record<string, unknown> {
  can_update: boolean;
  can_delete: boolean;
  can_truncate: boolean;
  can_move_anchor: boolean;
  can_read_name_index: boolean;
}

/**
 * Verifies the database is set up so row-level security and the append-only
 * audit log actually hold. Returns the problems found; the server refuses to
 * start when there is any.
 */
export async function findSecurityProblems(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const roles = await queryRows<RoleRow>(
    db,
    sql`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ${APP_ROLE}`,
  );
  const role = roles[0];
  if (!role) return [`databaserollen ${APP_ROLE} findes ikke`];
  if (role.rolsuper) problems.push(`${APP_ROLE} er superuser og ville omgå rækkesikkerheden`);
  if (role.rolbypassrls) problems.push(`${APP_ROLE} har BYPASSRLS`);

  const tables = await queryRows<TableRow>(
    db,
    sql`
    SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, pg_get_userbyid(c.relowner) AS owner,
      (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname = ANY(${sql.raw(
      `ARRAY[${CHILD_LEVEL_TABLES.map((t) => `'${t}'`).join(',')}]`,
    )})`,
  );
  for (const name of CHILD_LEVEL_TABLES) {
    const t = tables.find((r) => r.relname === name);
    if (!t) {
      problems.push(`tabellen ${name} mangler`);
      continue;
    }
    if (!t.relrowsecurity) problems.push(`rækkesikkerhed er ikke slået til på ${name}`);
    if (!t.relforcerowsecurity) problems.push(`rækkesikkerhed er ikke tvunget (FORCE) på ${name}`);
    if (t.policies < 1) problems.push(`${name} har ingen politik for rækkesikkerhed`);
    if (t.owner === APP_ROLE) problems.push(`${APP_ROLE} ejer ${name} og ville omgå politikken`);
  }

  const privs = await queryRows<PrivRow>(
    db,
    sql`SELECT
    has_table_privilege(${APP_ROLE}, 'audit_log', 'UPDATE') AS can_update,
    has_table_privilege(${APP_ROLE}, 'audit_log', 'DELETE') AS can_delete,
    has_table_privilege(${APP_ROLE}, 'audit_log', 'TRUNCATE') AS can_truncate,
    has_table_privilege(${APP_ROLE}, 'audit_anchor', 'UPDATE') AS can_move_anchor,
    has_table_privilege(${APP_ROLE}, 'child_name_index', 'SELECT') AS can_read_name_index`,
  );
  const p = privs[0];
  if (!p || p.can_update || p.can_delete || p.can_truncate || p.can_move_anchor) {
    problems.push(`${APP_ROLE} må ændre eller slette i revisionsloggen`);
  }
  // The names behind the search index are read only through indsats_child_name_search(), which scopes them.
  if (!p || p.can_read_name_index) problems.push(`${APP_ROLE} kan læse børnenes navne i søgeindekset uden afgrænsning`);

  // Finally, the proof: an unscoped query as the application role must see no child.
  const leaked = await db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT set_config('role', ${APP_ROLE}, true), set_config('indsats.child_scope', 'none', true)`,
    );
    const [r] = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM children`);
    return r?.n ?? 0;
  });
  if (leaked > 0) problems.push(`en forespørgsel uden afgrænsning kan se ${leaked} børn`);
  return problems;
}
