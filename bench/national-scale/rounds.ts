/**
 * Forty application rounds (January and August, 2008–2027), an application
 * from every municipality to every round, and 500 courses made from them by
 * the app's own createCourseFromApplication (the typical plan, its meetings
 * and their default participants), handed to six consultants in turn.
 */
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { queryRows, type Db } from '../../src/server/db/client.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { createCourseFromApplication } from '../../src/server/modules/courses/create-course.js';
import { demoId } from '../../src/server/seed/demo-data.js';
import { DEFAULT_BALANCE_RULES, DEFAULT_CRITERIA, DEFAULT_REQUIREMENTS } from '../../src/server/seed/demo-rounds.js';
import { DEMO_MUNICIPALITIES } from '../../src/server/seed/demo-users.js';
import { SURNAME_POOL, ADULT_FIRST_NAMES } from './names.js';
import type { ScalePlan } from './plan.js';

/** The last round whose courses have started; later rounds have no courses yet. */
const LAST_ROUND_WITH_COURSES = '2026-08-01';

const MOTIVATION = [
  'Vi har de seneste år set flere børn, der står uden for legen i ydertimerne, og vil give personalet et fælles sprog for at se og handle på det.',
  'Sprogvurderingerne viser, at en stor del af børnene i de udvalgte dagtilbud har brug for mere sproglig støtte, end hverdagen giver i dag.',
  'Dagtilbuddene ligger i et område med mange familier i en udsat position, og vi vil styrke samarbejdet med forældrene om børnenes trivsel.',
  'Vi vil lære af andre kommuner og bygge en fælles praksis for trivselsvurderinger og opfølgning på tværs af dagtilbuddene.',
  'Ledelsen ønsker at forankre en systematisk måde at afprøve og evaluere små ændringer i læringsmiljøet på, så det ikke afhænger af enkelte ildsjæle.',
  'Personalegruppen er ny, og vi har brug for et forløb, der samler den om den pædagogiske læreplan og børn i udsatte positioner.',
];
const NEED = [
  'Sprogvurderinger fra sidste år og dagtilbudslederens egen vurdering af børnegruppen.',
  'Kommunens socioøkonomiske opgørelse pr. skoledistrikt og tal fra sundhedsplejen.',
  'Trivselsvurderinger (TOPI) for alle børn i efteråret og samtaler med personalet.',
  'Antal børn med støtte fra PPR og andelen af forældre uden beskæftigelse i området.',
];
const BACKING = [
  'Dagtilbudschefen og direktionen står bag ansøgningen og deltager i styregruppen.',
  'Børne- og ungeudvalget har godkendt ansøgningen, og dagtilbudslederne har været med til at vælge dagtilbuddene.',
];
const RESOURCES = [
  'Kommunen afsætter medarbejdertimer til møder og afprøvninger samt forplejning og transport.',
  'Hvert dagtilbud får vikartimer svarende til to timer pr. medarbejder pr. måned i forløbet, og forvaltningen stiller lokaler til rådighed.',
];

export async function insertRounds(client: pg.ClientBase): Promise<void> {
  await client.query(
    `INSERT INTO rounds (name, course_start, course_end, deadline, capacity, criteria, requirements, balance_rules, created_at, updated_at)
     SELECT CASE WHEN s.mo = 1 THEN 'Januar – december ' || s.y ELSE 'August ' || s.y || ' – juni ' || (s.y + 1) END,
            make_date(s.y, s.mo, 1),
            CASE WHEN s.mo = 1 THEN make_date(s.y, 12, 31) ELSE make_date(s.y + 1, 6, 30) END,
            ((make_date(s.y, s.mo, 1) - interval '3 months') + interval '12 hours') AT TIME ZONE 'Europe/Copenhagen',
            13, $1::jsonb, $2::jsonb, $3::jsonb,
            make_date(s.y, s.mo, 1) - interval '6 months', make_date(s.y, s.mo, 1) - interval '6 months'
     FROM generate_series(2008, 2027) AS y(y) CROSS JOIN (VALUES (1), (8)) AS m(mo)
     CROSS JOIN LATERAL (SELECT y.y, m.mo) AS s
     WHERE NOT EXISTS (SELECT 1 FROM rounds r WHERE r.course_start = make_date(s.y, s.mo, 1))`,
    [JSON.stringify(DEFAULT_CRITERIA), JSON.stringify(DEFAULT_REQUIREMENTS), JSON.stringify(DEFAULT_BALANCE_RULES)],
  );
}

/** Every municipality applies to every round, with two or three of its institutions (content as the form saves it). */
export async function insertApplications(client: pg.ClientBase): Promise<void> {
  await client.query(
    `INSERT INTO applications (round_id, municipality_code, status, content, version, created_by, updated_by,
                               submitted_at, submitted_by, created_at, updated_at)
     SELECT r.id, m.code, st.status,
            jsonb_build_object(
              'contactName', coord.name, 'contactEmail', coord.email,
              'contactPhone', lpad((20000000 + h % 79999999)::text, 8, '0'),
              'institutions', ii.insts,
              'familyDaycareShare', (h % 45)::int,
              'motivation', ($1::text[])[1 + h % 6] || ' ' || ($1::text[])[1 + (h / 6 + 1) % 6],
              'managementBacking', ($3::text[])[1 + h % 2],
              'resourceCommitment', ($4::text[])[1 + (h / 2) % 2],
              'directorName', ($5::text[])[1 + h % cardinality($5::text[])] || ' ' || ($6::text[])[1 + (h / 7) % 200],
              'directorTitle', 'Direktør for Børn og Unge',
              'directorSignedOn', CASE WHEN st.status = 'submitted' THEN to_char(r.deadline - interval '10 days', 'YYYY-MM-DD') ELSE '' END,
              'evaluationCommitment', st.status = 'submitted'),
            1 + (h % 9)::int, coord.id, coord.id,
            CASE WHEN st.status = 'submitted' THEN r.deadline - make_interval(days => 1 + (h % 20)::int) END,
            CASE WHEN st.status = 'submitted' THEN coord.id END,
            r.deadline - interval '60 days', r.deadline - make_interval(days => 1 + (h % 20)::int)
     FROM rounds r CROSS JOIN municipalities m
     CROSS JOIN LATERAL (SELECT abs(hashtext(r.course_start::text || m.code))::bigint AS h) hh
     CROSS JOIN LATERAL (SELECT CASE WHEN r.deadline < now() OR hh.h % 3 = 0 THEN 'submitted' ELSE 'draft' END AS status) st
     JOIN LATERAL (
       SELECT u.id, u.name, u.email FROM role_assignments ra JOIN users u ON u.id = ra.user_id
       WHERE ra.role = 'coordinator' AND ra.municipality_code = m.code ORDER BY u.email LIMIT 1
     ) coord ON true
     CROSS JOIN LATERAL (
       SELECT coalesce(jsonb_agg(jsonb_build_object(
                'institutionId', i.id,
                'vulnerableFamiliesShare', 8 + abs(hashtext(i.id::text || r.id::text)) % 30,
                'needDocumentation', ($2::text[])[1 + abs(hashtext(r.id::text || i.id::text)) % 4])), '[]'::jsonb) AS insts
       FROM (SELECT id FROM institutions WHERE municipality_code = m.code
             ORDER BY hashtext(id::text || r.course_start::text) LIMIT 2 + (hh.h % 2)::int) i
     ) ii
     WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.round_id = r.id AND a.municipality_code = m.code)`,
    [MOTIVATION, NEED, BACKING, RESOURCES, ADULT_FIRST_NAMES, SURNAME_POOL],
  );
}

/**
 * Courses up to `plan.courses`: in every round that has started, the
 * applications ranked by hash take turns, so each round gets its dozen.
 * The demo's own courses stay as the demo made them.
 */
export async function insertCourses(db: Db, plan: ScalePlan): Promise<number> {
  return inMaintenanceTx(db, async (tx) => {
    const consultants = await queryRows<{ id: string }>(
      tx,
      sql`SELECT u.id FROM users u JOIN role_assignments ra ON ra.user_id = u.id AND ra.role = 'consultant'
          ORDER BY u.email = 'konsulent@socialstyrelsen.example' DESC, u.email`,
    );
    const consultantIds = consultants.map((r) => r.id);
    if (consultantIds.length === 0) throw new Error('ingen konsulenter at give forløbene');
    const candidates = await queryRows<{
      id: string;
      round_id: string;
      municipality_code: string;
      institution_ids: string[];
    }>(
      tx,
      sql`WITH ranked AS (
            SELECT a.id, a.round_id, a.municipality_code, r.course_start,
                   (SELECT coalesce(array_agg(x->>'institutionId'), '{}') FROM jsonb_array_elements(a.content->'institutions') x) AS institution_ids,
                   row_number() OVER (PARTITION BY a.round_id ORDER BY hashtext(a.id::text)) AS rank
            FROM applications a JOIN rounds r ON r.id = a.round_id
            WHERE a.status = 'submitted' AND r.course_start <= ${LAST_ROUND_WITH_COURSES}::date
              AND a.municipality_code NOT IN (${sql.join(
                DEMO_MUNICIPALITIES.map((m) => sql`${m.code}`),
                sql`, `,
              )})
              AND NOT EXISTS (SELECT 1 FROM courses c WHERE c.application_id = a.id)
          )
          SELECT id, round_id, municipality_code, institution_ids FROM ranked
          ORDER BY rank, course_start, id
          LIMIT greatest(0, ${plan.courses} - (SELECT count(*) FROM courses))`,
    );
    let made = 0;
    for (const [i, app] of candidates.entries()) {
      const id = await createCourseFromApplication(tx, {
        id: app.id,
        roundId: app.round_id,
        municipalityCode: app.municipality_code,
        institutionIds: app.institution_ids,
        consultantId: consultantIds[i % consultantIds.length] ?? null,
      });
      if (id) made++;
    }
    return made;
  });
}

/** The demo's course year in progress (Hjørring's and Helsingør's course of August 2026) keeps its own dates. */
export const DEMO_COURSE_YEAR_ROUND_ID = demoId('round-2026-08');
