/**
 * The country's daycare: institutions in every municipality in proportion to
 * its population, their groups and children, and the people who use Indsats
 * there. All set-based SQL (INSERT … SELECT generate_series), names and dates
 * picked by hash so every build gives the same data. Adds to the demo data
 * already in the database (Hjørring and Helsingør).
 */
import type pg from 'pg';
import { apportion } from '../dataset.js';
import { DEMO_MUNICIPALITIES } from '../../src/server/seed/demo-users.js';
import type { ScalePlan } from './plan.js';
import {
  ADULT_FIRST_NAMES,
  CHILD_FIRST_NAME_POOL,
  GROUP_NAMES,
  INSTITUTION_NAMES,
  INSTITUTION_WORDS,
  STREETS,
  SURNAME_POOL,
} from './names.js';

const DEMO_CODES = DEMO_MUNICIPALITIES.map((m) => m.code);
/** Share of children without a group, as in the API bench's dataset. */
const UNGROUPED_PERCENT = 5;
/** Institutions per municipality that get a leader and a staff member of their own. */
const STAFFED_INSTITUTIONS = 3;

export async function insertInstitutions(client: pg.ClientBase, plan: ScalePlan): Promise<void> {
  const { rows } = await client.query<{ code: string; population: number; existing: number }>(
    `SELECT m.code, m.population, (SELECT count(*)::int FROM institutions i WHERE i.municipality_code = m.code) AS existing
     FROM municipalities m ORDER BY m.code`,
  );
  const shares = apportion(
    rows.map((r) => r.population),
    plan.institutions,
    3,
  );
  const need = rows.map((r, i) => Math.max(0, (shares[i] ?? 0) - r.existing));
  const existing = rows.reduce((sum, r) => sum + r.existing, 0);
  const largest = rows.reduce((best, r, i) => (r.population > (rows[best]?.population ?? 0) ? i : best), 0);
  need[largest] = (need[largest] ?? 0) + plan.institutions - existing - need.reduce((a, b) => a + b, 0);
  await client.query(
    `INSERT INTO institutions (municipality_code, name, kind, address, created_at, updated_at)
     SELECT m.code,
            ($3::text[])[1 + (n + abs(hashtext(m.code))) % cardinality($3::text[])] || ' ' ||
              ($4::text[])[1 + (n * 7 + abs(hashtext(m.code))) % cardinality($4::text[])],
            (ARRAY['nursery','kindergarten','integrated','family_daycare']::institution_kind[])[1 + n % 4],
            ($5::text[])[1 + n % cardinality($5::text[])] || ' ' || (1 + n % 97) || ', ' || mu.name,
            now() - interval '9 years', now() - interval '9 years'
     FROM unnest($1::text[], $2::int[]) AS m(code, share)
     JOIN municipalities mu ON mu.code = m.code
     CROSS JOIN LATERAL generate_series(1, m.share) AS n`,
    [rows.map((r) => r.code), need, INSTITUTION_WORDS, INSTITUTION_NAMES, STREETS],
  );
}

export async function insertGroupsAndChildren(client: pg.ClientBase, plan: ScalePlan): Promise<void> {
  await client.query(
    `INSERT INTO groups (institution_id, municipality_code, name)
     SELECT i.id, i.municipality_code, ($2::text[])[1 + (abs(hashtext(i.id::text)) + g) % cardinality($2::text[])]
     FROM institutions i CROSS JOIN generate_series(0, $1::int - 1) AS g
     WHERE NOT EXISTS (SELECT 1 FROM groups x WHERE x.institution_id = i.id)`,
    [plan.groupsPerInstitution, GROUP_NAMES],
  );
  // Children go to the institutions that have none yet (the demo's have theirs), spread evenly.
  await client.query(
    `WITH inst AS (
       SELECT id, municipality_code, (row_number() OVER (ORDER BY municipality_code, name, id) - 1)::int AS k
       FROM institutions i WHERE NOT EXISTS (SELECT 1 FROM children c WHERE c.institution_id = i.id)
     ),
     grp AS (
       SELECT id, institution_id, (row_number() OVER (PARTITION BY institution_id ORDER BY name, id) - 1)::int AS k
       FROM groups
     ),
     kids AS (
       SELECT n, inst.id AS institution_id, inst.municipality_code,
              abs(hashtext('scale-first' || n)::bigint) AS hf, abs(hashtext('scale-last' || n)::bigint) AS hl
       FROM generate_series(0, $1::int - (SELECT count(*)::int FROM children) - 1) AS n
       JOIN inst ON inst.k = n % (SELECT count(*) FROM inst)
     )
     INSERT INTO children (municipality_code, institution_id, group_id, first_name, last_name, birth_date)
     SELECT kids.municipality_code, kids.institution_id,
            CASE WHEN kids.hl % 100 < ${UNGROUPED_PERCENT} THEN NULL ELSE grp.id END,
            ($3::text[])[(1 + kids.hf % cardinality($3::text[]))::int],
            ($4::text[])[(1 + kids.hl % cardinality($4::text[]))::int],
            DATE '2020-12-01' + ((kids.hf / 7) % 2000)::int
     FROM kids
     JOIN grp ON grp.institution_id = kids.institution_id AND grp.k = kids.n % $2::int`,
    [plan.children, plan.groupsPerInstitution, CHILD_FIRST_NAME_POOL, SURNAME_POOL],
  );
}

/**
 * In every municipality but the demo's two: a coordinator, a daycare chief, a
 * health visitor (partner), and a leader and a staff member in each of its
 * first three institutions; and the consultants beyond the demo's one. All
 * log in with `passwordHash` (the demo password).
 */
export async function insertPeople(client: pg.ClientBase, plan: ScalePlan, passwordHash: string): Promise<void> {
  await client.query(
    `CREATE TEMP TABLE scale_people ON COMMIT DROP AS
     WITH m AS (SELECT code FROM municipalities WHERE code <> ALL($1::text[])),
     inst AS (
       SELECT id, municipality_code, row_number() OVER (PARTITION BY municipality_code ORDER BY name, id)::int AS k
       FROM institutions
     ),
     planned AS (
       SELECT 'koordinator.' || code AS slug, 'coordinator'::role AS role, code, NULL::uuid AS institution_id FROM m
       UNION ALL SELECT 'dagtilbudschef.' || code, 'daycare_chief', code, NULL FROM m
       UNION ALL SELECT 'sundhedsplejerske.' || code, 'partner', code, NULL FROM m
       UNION ALL SELECT 'leder.' || m.code || '.' || inst.k, 'daycare_leader', m.code, inst.id
         FROM m JOIN inst ON inst.municipality_code = m.code AND inst.k <= $2
       UNION ALL SELECT 'paedagog.' || m.code || '.' || inst.k, 'staff', m.code, inst.id
         FROM m JOIN inst ON inst.municipality_code = m.code AND inst.k <= $2
       UNION ALL SELECT 'konsulent.' || k, 'consultant', NULL, NULL FROM generate_series(2, $3::int) AS k
     )
     SELECT slug || '@scale.indsats.test' AS email,
            ($4::text[])[1 + abs(hashtext('first' || slug)) % cardinality($4::text[])] || ' ' ||
              ($5::text[])[1 + abs(hashtext('last' || slug)) % 200] AS name,
            role, code AS municipality_code, institution_id
     FROM planned`,
    [DEMO_CODES, STAFFED_INSTITUTIONS, plan.consultants, ADULT_FIRST_NAMES, SURNAME_POOL],
  );
  await client.query(
    `INSERT INTO users (email, name, password_hash, created_at, updated_at)
     SELECT email, name, $1, now() - interval '9 years', now() - interval '9 years' FROM scale_people`,
    [passwordHash],
  );
  await client.query(
    `INSERT INTO role_assignments (user_id, role, municipality_code, institution_id)
     SELECT u.id, p.role, p.municipality_code, p.institution_id FROM scale_people p JOIN users u ON u.email = p.email`,
  );
}
