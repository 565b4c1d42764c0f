/**
 * The benchmark's dataset: a slice of Denmark large enough that the scoped
 * child list has real work to do. Everything is generated inside PostgreSQL
 * (INSERT … SELECT generate_series) in one maintenance transaction, so 25,000
 * children take a second or two rather than minutes of round trips.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { hashPassword } from '../src/server/modules/auth/password.js';

export interface DatasetPlan {
  /** The most populous municipalities get institutions in proportion to their population. */
  municipalities: number;
  institutions: number;
  groupsPerInstitution: number;
  children: number;
}

export const DEFAULT_PLAN: DatasetPlan = {
  municipalities: 20,
  institutions: 400,
  groupsPerInstitution: 3,
  children: 25_000,
};

/** A bench user who logs in through the real login route. */
export interface BenchUser {
  email: string;
  password: string;
  municipalityCode: string;
}

export interface Dataset {
  counts: { municipalities: number; institutions: number; groups: number; children: number };
  /** The daycare chief's municipality: the largest in the plan. */
  chiefMunicipality: { code: string; name: string; institutions: number; children: number };
  chief: BenchUser;
  /** A daycare leader of one institution in the chief's municipality. */
  leader: BenchUser & { institutionId: string; children: number };
  /** Children in the chief's scope, read in rotation by the read benchmarks. */
  sampleChildIds: string[];
}

const SAMPLE_SIZE = 1_000;
/** Share of children without a group, so the list's LEFT JOIN meets NULLs. */
const UNGROUPED_PERCENT = 5;

const FIRST_NAMES = [
  'Alma',
  'Ida',
  'Clara',
  'Freja',
  'Ella',
  'Karla',
  'Agnes',
  'Nora',
  'Sofia',
  'Olivia',
  'Emma',
  'Asta',
  'Lily',
  'Luna',
  'Ellen',
  'Esther',
  'Vigga',
  'Liva',
  'Lea',
  'Josefine',
  'William',
  'Noah',
  'Oscar',
  'Carl',
  'Malthe',
  'Alfred',
  'Valdemar',
  'Emil',
  'Arthur',
  'Aksel',
  'Lucas',
  'Otto',
  'August',
  'Magnus',
  'Viggo',
  'Felix',
  'Theo',
  'Anton',
  'Elias',
  'Frederik',
];
const LAST_NAMES = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Olesen',
  'Frederiksen',
  'Laursen',
  'Henriksen',
  'Lund',
  'Schmidt',
  'Eriksen',
  'Holm',
  'Kristiansen',
  'Clausen',
  'Simonsen',
  'Svendsen',
  'Andreasen',
  'Iversen',
  'Jeppesen',
  'Vestergaard',
  'Mogensen',
];
const STREETS = ['Skovvej', 'Bakkedraget', 'Søndergade', 'Kirkevej', 'Engtoften', 'Møllevej', 'Vestergade', 'Åparken'];
const GROUP_NAMES = ['Blåbær', 'Egern', 'Mariehøns', 'Solsikker', 'Sommerfugle'];

/** A SQL text[] literal of fixed names (no user input reaches it). */
const textArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]::text[]`;

interface MunicipalityRow {
  code: string;
  name: string;
  population: number;
}

/**
 * Splits `total` institutions over the municipalities in proportion to their
 * population (at least `floor` each); the remainder goes to the largest.
 */
export function apportion(populations: number[], total: number, floor = 5): number[] {
  const sum = populations.reduce((a, b) => a + b, 0);
  const shares = populations.map((p) => Math.max(floor, Math.floor((total * p) / sum)));
  const assigned = shares.reduce((a, b) => a + b, 0);
  const largest = populations.indexOf(Math.max(...populations));
  shares[largest] = (shares[largest] ?? 0) + total - assigned;
  if ((shares[largest] ?? 0) < floor) throw new Error('datasættet har for få dagtilbud til kommunerne');
  return shares;
}

export async function generateDataset(pool: pg.Pool, plan: DatasetPlan = DEFAULT_PLAN): Promise<Dataset> {
  const client = await pool.connect();
  try {
    const { rows: chosen } = await client.query<MunicipalityRow>(
      'SELECT code, name, population FROM municipalities ORDER BY population DESC, code LIMIT $1',
      [plan.municipalities],
    );
    if (chosen.length < plan.municipalities) throw new Error('referencedata mangler: for få kommuner');
    const shares = apportion(
      chosen.map((m) => m.population),
      plan.institutions,
    );
    const password = randomBytes(18).toString('base64url');
    const passwordHash = await hashPassword(password);

    await client.query('BEGIN');
    // Children have forced row-level security; the owner passes with the maintenance scope.
    await client.query(`SELECT set_config('indsats.child_scope', 'maintenance', true)`);

    // Institutions: `share` per municipality, kinds in rotation.
    await client.query(
      `INSERT INTO institutions (municipality_code, name, kind, address)
       SELECT m.code,
              (${textArray(['Vuggestuen', 'Børnehaven', 'Børnehuset', 'Dagplejen'])})[1 + n % 4] || ' ' ||
                (${textArray(STREETS)})[1 + n % ${STREETS.length}] || ' ' || n,
              (ARRAY['nursery','kindergarten','integrated','family_daycare']::institution_kind[])[1 + n % 4],
              (${textArray(STREETS)})[1 + n % ${STREETS.length}] || ' ' || (1 + n % 97) || ', ' || m.code
       FROM unnest($1::text[], $2::int[]) AS m(code, share)
       CROSS JOIN LATERAL generate_series(1, m.share) AS n`,
      [chosen.map((m) => m.code), shares],
    );

    // Groups: a fixed number per institution.
    await client.query(
      `INSERT INTO groups (institution_id, municipality_code, name)
       SELECT i.id, i.municipality_code, (${textArray(GROUP_NAMES)})[g]
       FROM institutions i CROSS JOIN generate_series(1, $2::int) AS g
       WHERE i.municipality_code = ANY($1::text[])`,
      [chosen.map((m) => m.code), plan.groupsPerInstitution],
    );

    // Children: spread evenly over the institutions, names and birth dates
    // picked by hash (deterministic), a few without a group.
    await client.query(
      `WITH inst AS (
         SELECT id, municipality_code, (row_number() OVER (ORDER BY municipality_code, name, id) - 1)::int AS k
         FROM institutions WHERE municipality_code = ANY($1::text[])
       ),
       grp AS (
         SELECT id, institution_id, (row_number() OVER (PARTITION BY institution_id ORDER BY name, id) - 1)::int AS k
         FROM groups WHERE municipality_code = ANY($1::text[])
       ),
       kids AS (
         SELECT n, inst.id AS institution_id, inst.municipality_code, abs(hashtext('bench' || n)::bigint) AS h
         FROM generate_series(0, $2::int - 1) AS n
         JOIN inst ON inst.k = n % (SELECT count(*) FROM inst)
       )
       INSERT INTO children (municipality_code, institution_id, group_id, first_name, last_name, birth_date)
       SELECT kids.municipality_code, kids.institution_id,
              CASE WHEN kids.h % 100 < ${UNGROUPED_PERCENT} THEN NULL ELSE grp.id END,
              (${textArray(FIRST_NAMES)})[(1 + kids.h % ${FIRST_NAMES.length})::int],
              (${textArray(LAST_NAMES)})[(1 + (kids.h / ${FIRST_NAMES.length}) % ${LAST_NAMES.length})::int],
              DATE '2019-08-01' + (kids.h % 2190)::int
       FROM kids
       JOIN grp ON grp.institution_id = kids.institution_id AND grp.k = kids.n % $3::int`,
      [chosen.map((m) => m.code), plan.children, plan.groupsPerInstitution],
    );

    const chiefMunicipality = chosen[0];
    if (!chiefMunicipality) throw new Error('ingen kommune at placere dagtilbudschefen i');
    const leaderInstitution = await client.query<{ id: string; children: number }>(
      `SELECT i.id, (SELECT count(*)::int FROM children c WHERE c.institution_id = i.id) AS children
       FROM institutions i WHERE i.municipality_code = $1 ORDER BY i.name, i.id LIMIT 1`,
      [chiefMunicipality.code],
    );
    const leaderRow = leaderInstitution.rows[0];
    if (!leaderRow) throw new Error('ingen dagtilbud i dagtilbudschefens kommune');

    const chief: BenchUser = {
      email: 'dagtilbudschef@bench.indsats.test',
      password,
      municipalityCode: chiefMunicipality.code,
    };
    const leader = {
      email: 'dagtilbudsleder@bench.indsats.test',
      password,
      municipalityCode: chiefMunicipality.code,
      institutionId: leaderRow.id,
      children: leaderRow.children,
    };
    await client.query(
      `WITH u AS (
         INSERT INTO users (email, name, password_hash) VALUES
           ($1, 'Bench Dagtilbudschef', $3), ($2, 'Bench Dagtilbudsleder', $3)
         RETURNING id, email
       )
       INSERT INTO role_assignments (user_id, role, municipality_code, institution_id)
       SELECT u.id, CASE WHEN u.email = $1 THEN 'daycare_chief'::role ELSE 'daycare_leader'::role END,
              $4, CASE WHEN u.email = $1 THEN NULL ELSE $5::uuid END
       FROM u`,
      [chief.email, leader.email, passwordHash, chief.municipalityCode, leader.institutionId],
    );

    const { rows: counts } = await client.query<{
      institutions: number;
      groups: number;
      children: number;
      chief_institutions: number;
      chief_children: number;
    }>(
      `SELECT
         (SELECT count(*)::int FROM institutions WHERE municipality_code = ANY($1::text[])) AS institutions,
         (SELECT count(*)::int FROM groups WHERE municipality_code = ANY($1::text[])) AS groups,
         (SELECT count(*)::int FROM children WHERE municipality_code = ANY($1::text[])) AS children,
         (SELECT count(*)::int FROM institutions WHERE municipality_code = $2) AS chief_institutions,
         (SELECT count(*)::int FROM children WHERE municipality_code = $2) AS chief_children`,
      [chosen.map((m) => m.code), chiefMunicipality.code],
    );
    const { rows: sample } = await client.query<{ id: string }>(
      'SELECT id FROM children WHERE municipality_code = $1 ORDER BY hashtext(id::text) LIMIT $2',
      [chiefMunicipality.code, SAMPLE_SIZE],
    );
    await client.query('COMMIT');
    // Fresh statistics and a visibility map, as autovacuum would give a real database after a bulk load.
    await client.query('VACUUM ANALYZE institutions, groups, children, users, role_assignments');

    const c = counts[0];
    if (!c) throw new Error('kunne ikke tælle datasættet');
    return {
      counts: { municipalities: chosen.length, institutions: c.institutions, groups: c.groups, children: c.children },
      chiefMunicipality: {
        code: chiefMunicipality.code,
        name: chiefMunicipality.name,
        institutions: c.chief_institutions,
        children: c.chief_children,
      },
      chief,
      leader,
      sampleChildIds: sample.map((r) => r.id),
    };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
