/**
 * A year of audit rows, written through the real hash-chain trigger so
 * `indsats audit verify` passes: the trigger numbers, links and hashes every
 * row as it does for a request. One thing is changed for the build only: the
 * trigger takes the row's own `occurred_at` instead of now(), so the year can
 * be written today. The change is derived from the installed trigger (so it
 * follows later migrations), and the original is put back afterwards, also
 * when the build fails.
 *
 * Rows per day follow a working week (weekends at 15 %), most of them in
 * office hours; actions are mixed as a municipality's use would mix them,
 * child reads and searches most, a role revoked about once in 10,000 rows
 * (the "rare action" the bench filters by). Each batch is its own transaction:
 * the trigger updates its chain's head row once per audit row, and in one
 * long transaction every update would walk all earlier versions of that row.
 */
import type pg from 'pg';
import { AUDIT_ACTIONS, type AuditAction } from '../../src/server/audit/events.js';
import type { ScalePlan } from './plan.js';
import { SURNAME_POOL } from './names.js';

const BATCH_ROWS = 500;
const VACUUM_EVERY_BATCHES = 20;
const WEEKEND_SHARE = 0.15;
const CHILD_SAMPLE = 50_000;
/** The action the bench filters the audit page by. */
export const RARE_ACTION: AuditAction = 'role.revoke';

type Who = 'municipal' | 'consultant' | 'admin' | 'anonymous';
/** Per 10,000 rows; child.read takes what is left. */
const MIX: [AuditAction, number, Who][] = [
  ['child.search', 1_400, 'municipal'],
  ['child.export', 20, 'municipal'],
  ['audit.search', 120, 'municipal'],
  ['application.save', 450, 'municipal'],
  ['application.submit', 15, 'municipal'],
  ['meeting.minutes_save', 450, 'consultant'],
  ['meeting.agenda_save', 150, 'consultant'],
  ['meeting.participants_save', 100, 'consultant'],
  ['meeting.status_change', 80, 'consultant'],
  ['meeting.move', 40, 'consultant'],
  ['trial.create', 100, 'consultant'],
  ['trial.log', 600, 'municipal'],
  ['trial.update', 60, 'municipal'],
  ['child.update', 150, 'municipal'],
  ['child.create', 60, 'municipal'],
  ['child.delete', 10, 'municipal'],
  ['self_analysis.save', 80, 'municipal'],
  ['change_model.save', 60, 'consultant'],
  ['indicator.measure', 60, 'municipal'],
  ['assessment.save', 40, 'admin'],
  ['user.update', 10, 'municipal'],
  ['role.assign', 8, 'admin'],
  [RARE_ACTION, 1, 'admin'],
  ['round.update', 2, 'admin'],
  ['auth.login_succeeded', 500, 'municipal'],
  ['auth.logout', 200, 'municipal'],
  ['auth.login_failed', 80, 'anonymous'],
  ['auth.role_switched', 40, 'municipal'],
  ['auth.login_throttled', 2, 'anonymous'],
];

function mixRows(): { bucket: number; chain: string; action: string; who: Who }[] {
  const rows: { bucket: number; chain: string; action: string; who: Who }[] = [];
  for (const [action, weight, who] of MIX) {
    for (let i = 0; i < weight; i++) rows.push({ bucket: rows.length, chain: AUDIT_ACTIONS[action], action, who });
  }
  while (rows.length < 10_000)
    rows.push({ bucket: rows.length, chain: AUDIT_ACTIONS['child.read'], action: 'child.read', who: 'municipal' });
  return rows;
}

/** Rows per day for `days` days ending yesterday: weekdays full, weekends at WEEKEND_SHARE, summing to `total`. */
export function rowsPerDay(total: number, days: number, firstDay: Date): number[] {
  const weights = Array.from({ length: days }, (_, d) => {
    const dow = new Date(firstDay.getTime() + d * 86_400_000).getUTCDay();
    return dow === 0 || dow === 6 ? WEEKEND_SHARE : 1;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  counts[days - 1] = (counts[days - 1] ?? 0) + total - counts.reduce((a, b) => a + b, 0);
  return counts;
}

export async function prepareLookups(client: pg.ClientBase): Promise<void> {
  const mix = mixRows();
  await client.query(
    `CREATE TEMP TABLE scale_mix AS
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS m(bucket, chain, action, who)`,
    [mix.map((m) => m.bucket), mix.map((m) => m.chain), mix.map((m) => m.action), mix.map((m) => m.who)],
  );
  await client.query(`ALTER TABLE scale_mix ADD PRIMARY KEY (bucket)`);
  await client.query(
    `CREATE TEMP TABLE scale_kids AS
     SELECT (row_number() OVER (ORDER BY hashtext(id::text), id) - 1)::int AS k, id, municipality_code, institution_id
     FROM children ORDER BY hashtext(id::text), id LIMIT ${CHILD_SAMPLE}`,
  );
  await client.query(`ALTER TABLE scale_kids ADD PRIMARY KEY (k)`);
  await client.query(
    `CREATE TEMP TABLE scale_actors AS
     SELECT ra.municipality_code, (row_number() OVER (PARTITION BY ra.municipality_code ORDER BY u.email) - 1)::int AS k,
            count(*) OVER (PARTITION BY ra.municipality_code)::int AS cnt, u.id AS user_id, u.email, ra.role::text AS role
     FROM role_assignments ra JOIN users u ON u.id = ra.user_id
     WHERE ra.municipality_code IS NOT NULL AND ra.role IN ('daycare_chief', 'daycare_leader', 'staff', 'coordinator')`,
  );
  await client.query(`ALTER TABLE scale_actors ADD PRIMARY KEY (municipality_code, k)`);
  await client.query(
    `CREATE TEMP TABLE scale_national AS
     SELECT (row_number() OVER (ORDER BY u.email) - 1)::int AS k, u.id AS user_id, ra.role::text AS role
     FROM role_assignments ra JOIN users u ON u.id = ra.user_id WHERE ra.role = 'consultant'`,
  );
  await client.query(`ANALYZE scale_mix, scale_kids, scale_actors, scale_national`);
}

/** One batch: rows [from, to) of a day with `dayRows` rows, in time order so each chain's seq follows time. */
export const BATCH_SQL = `
  INSERT INTO audit_log (chain, occurred_at, actor_user_id, actor_role, action, entity_type, entity_id, municipality_code, ip, details)
  SELECT mx.chain, t.ts,
         CASE mx.who WHEN 'municipal' THEN ac.user_id WHEN 'consultant' THEN na.user_id WHEN 'admin' THEN $5::uuid END,
         CASE mx.who WHEN 'municipal' THEN ac.role WHEN 'consultant' THEN 'consultant' WHEN 'admin' THEN 'national_admin' END,
         mx.action,
         CASE WHEN mx.action LIKE 'auth.%' THEN 'session' ELSE split_part(mx.action, '.', 1) END,
         CASE WHEN mx.action LIKE 'child.%' AND mx.action <> 'child.search' AND mx.action <> 'child.export' THEN kid.id::text
              WHEN mx.action LIKE 'auth.%' OR mx.action IN ('child.search', 'child.export', 'audit.search') THEN NULL
              ELSE md5(split_part(mx.action, '.', 1) || (h.h % 20000))::uuid::text END,
         kid.municipality_code,
         '10.' || (h.h >> 8) % 256 || '.' || (h.h >> 16) % 256 || '.' || 1 + h.h % 254,
         CASE mx.action
           WHEN 'child.read' THEN jsonb_build_object('institutionId', kid.institution_id)
           WHEN 'child.delete' THEN jsonb_build_object('institutionId', kid.institution_id)
           WHEN 'child.search' THEN jsonb_build_object(
             'criteria', jsonb_build_object('q', left(($6::text[])[1 + (h.h >> 4) % 300], 4)), 'resultCount', 1 + h.h % 50,
             'childIds', (SELECT jsonb_agg(md5(h.h::text || i)::uuid) FROM generate_series(1, 1 + (h.h % 50)::int) i))
           WHEN 'child.update' THEN jsonb_build_object('changedFields', jsonb_build_array('groupId'), 'fromVersion', 1 + h.h % 3)
           WHEN 'audit.search' THEN jsonb_build_object('criteria', '{}'::jsonb, 'resultCount', 50)
           WHEN 'application.save' THEN jsonb_build_object('fromVersion', 1 + h.h % 9, 'changedFields', jsonb_build_array('motivation'))
           WHEN 'auth.login_succeeded' THEN jsonb_build_object('email', ac.email, 'sessionRole', ac.role)
           WHEN 'auth.login_failed' THEN jsonb_build_object('email', ac.email, 'reason', 'wrong_password')
           WHEN 'auth.role_switched' THEN jsonb_build_object('from', ac.role, 'to', ac.role)
           ELSE '{}'::jsonb
         END
  FROM generate_series($2::int, $3::int - 1) AS n
  CROSS JOIN LATERAL (SELECT abs(hashtext($1::text || ':' || n))::bigint AS h) h
  CROSS JOIN LATERAL (SELECT n::float8 / $4::int AS u) f
  CROSS JOIN LATERAL (SELECT $1::date::timestamptz + CASE
      WHEN f.u < 0.075 THEN f.u / 0.075 * interval '7 hours'
      WHEN f.u < 0.925 THEN interval '7 hours' + (f.u - 0.075) / 0.85 * interval '10 hours'
      ELSE interval '17 hours' + (f.u - 0.925) / 0.075 * interval '7 hours' END AS ts) t
  JOIN scale_mix mx ON mx.bucket = h.h % 10000
  JOIN scale_kids kid ON kid.k = (h.h / 10000) % $7::int
  JOIN scale_actors ac ON ac.municipality_code = kid.municipality_code AND ac.k = (h.h / 7) % ac.cnt
  LEFT JOIN scale_national na ON na.k = (h.h / 13) % $8::int
  ORDER BY n`;

/** The installed chain trigger, and the same with the clock taken from the row while `indsats.scale_backdate` is on. */
async function backdatingTrigger(client: pg.ClientBase): Promise<{ original: string; backdating: string }> {
  const { rows } = await client.query<{ def: string }>(
    `SELECT pg_get_functiondef('indsats_audit_chain_row()'::regprocedure) AS def`,
  );
  const original = rows[0]?.def;
  const needle = 'NEW.occurred_at := now();';
  if (!original || original.split(needle).length !== 2) {
    throw new Error(
      `indsats_audit_chain_row() sætter ikke længere tidspunktet med "${needle}"; ret bench/national-scale/audit-year.ts`,
    );
  }
  const backdating = original.replace(
    needle,
    `IF current_setting('indsats.scale_backdate', true) IS DISTINCT FROM 'on' THEN NEW.occurred_at := now(); END IF;`,
  );
  return { original, backdating };
}

export async function insertAuditYear(
  client: pg.ClientBase,
  plan: ScalePlan,
  log: (line: string) => void,
): Promise<void> {
  await prepareLookups(client);
  const { rows: counts } = await client.query<{ kids: number; consultants: number; admin: string }>(
    `SELECT (SELECT count(*)::int FROM scale_kids) AS kids, (SELECT count(*)::int FROM scale_national) AS consultants,
            (SELECT id FROM users WHERE email = 'admin@socialstyrelsen.example') AS admin`,
  );
  const c = counts[0];
  if (!c?.kids || !c.consultants || !c.admin)
    throw new Error('revisionsåret mangler børn, konsulenter eller administratoren');
  const { rows: today } = await client.query<{ first: string }>(
    `SELECT to_char(current_date - $1::int, 'YYYY-MM-DD') AS first`,
    [plan.auditDays],
  );
  const firstDay = new Date(`${today[0]?.first ?? ''}T00:00:00Z`);
  const perDay = rowsPerDay(plan.auditRows, plan.auditDays, firstDay);

  const trigger = await backdatingTrigger(client);
  const indexes = await secondaryIndexes(client);
  await client.query(trigger.backdating);
  try {
    await client.query(`SELECT set_config('indsats.scale_backdate', 'on', false)`);
    // Index lookups into the small lookup tables beat hashing all of them for every batch;
    // a lost batch in a crash only means building again, so no flush per batch.
    await client.query(`SET enable_hashjoin = off`);
    await client.query(`SET synchronous_commit = off`);
    await client.query(`VACUUM FULL audit_chain`);
    for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
    const started = Date.now();
    let written = 0;
    let batches = 0;
    for (const [d, dayRows] of perDay.entries()) {
      const day = new Date(firstDay.getTime() + d * 86_400_000).toISOString().slice(0, 10);
      for (let from = 0; from < dayRows; from += BATCH_ROWS) {
        const to = Math.min(dayRows, from + BATCH_ROWS);
        await client.query(BATCH_SQL, [day, from, to, dayRows, c.admin, SURNAME_POOL, c.kids, c.consultants]);
        written += to - from;
        // Every row updates its chain's head: keep that three-row table from filling with dead versions.
        if (++batches % VACUUM_EVERY_BATCHES === 0) await client.query('VACUUM audit_chain');
      }
      if (d % 10 === 9 || d === perDay.length - 1) {
        const seconds = (Date.now() - started) / 1000;
        log(
          `  revision: ${day}, ${written.toLocaleString('da-DK')} rækker (${Math.round(written / seconds).toLocaleString('da-DK')}/s)`,
        );
      }
    }
  } finally {
    await client.query(`SELECT set_config('indsats.scale_backdate', 'off', false)`);
    await client.query(`RESET enable_hashjoin`);
    await client.query(`RESET synchronous_commit`);
    await client.query(trigger.original);
    await client.query(`SET maintenance_work_mem = '512MB'`);
    for (const index of indexes) await client.query(index.definition);
    await client.query(`RESET maintenance_work_mem`);
  }
}

/**
 * The audit log's indexes other than its key: dropped while the year is
 * written and built again afterwards from their own definitions (what
 * pg_indexes says), which is several times faster than keeping them up to
 * date row by row.
 */
async function secondaryIndexes(client: pg.ClientBase): Promise<{ name: string; definition: string }[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = 'audit_log'::regclass
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
  );
  return rows;
}
