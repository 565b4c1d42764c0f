/**
 * The years of the 500 courses: every meeting dated across its round's
 * period (weekdays, a morning or an afternoon), those before today held with
 * approved minutes, a trial agreed at every held working-group meeting, and
 * the staff's trial logs up to the plan's total.
 */
import type pg from 'pg';
import { DEMO_MUNICIPALITIES } from '../../src/server/seed/demo-users.js';
import type { ScalePlan } from './plan.js';
import { DEMO_COURSE_YEAR_ROUND_ID } from './rounds.js';

const MINUTES = [
  '<h2>Referat</h2><p>Vi gennemgik afprøvningerne siden sidst. Legegrupperne i ydertimerne holder, når de står i vagtplanen.</p><ul><li>Næste afprøvning aftalt</li><li>Tovholderen samler op til styregruppen</li></ul>',
  '<h2>Referat</h2><p>Status på forandringsmodellen: indikatoren for deltagelse i samling er målt i to grupper. Resultaterne drøftes på næste møde.</p>',
  '<h2>Referat</h2><p>Dagtilbudslederne delte erfaringer med at give personalet tid til refleksion. Der blev aftalt en fælles skabelon til logbogen.</p><p>Beslutning: temadagen holdes i uge 10.</p>',
];
const TRIALS = [
  'Faste, små legegrupper med en voksen i ydertimerne, så børn, der ofte står uden for legen, får en fast plads i et fællesskab.',
  'Dialogisk læsning i grupper på tre til fire børn to gange om ugen med samme bog i en uge.',
  'En fast voksen tager imod ved garderoben om morgenen og hjælper de børn, der har svært ved at komme ind i legen.',
  'Samling deles i to mindre grupper, så alle børn får ordet mindst én gang.',
];
const TRIED = [
  'Tre legegrupper på fire børn fra kl. 15, hver med en fast voksen og en kasse med legetøj, børnene selv havde valgt.',
  'Vi læste den samme bog tre dage i træk og lod børnene genfortælle den med figurer.',
  'Den faste voksne stod ved garderoben fra 7.30 til 8.30 og fulgte tre børn ind til en leg.',
  'Samlingen blev delt i to; den ene gruppe var på legepladsen imens.',
];
const HAPPENED = [
  'Grupperne holdt i 25–30 minutter. To børn, der plejer at gå rundt alene, blev i legen hele tiden.',
  'Flere børn brugte ord fra bogen i legen bagefter. Et barn sagde for første gang noget i samlingen.',
  'Mere ro i ydertimerne. På en dag med to syge kollegaer måtte vi slå grupperne sammen.',
  'Det tog længere tid end planlagt, men alle børn kom til orde.',
];
const REFLECTION = [
  'Det virker, når den voksne bliver i legen og ikke går fra for at tage imod forældre. Vi skal aftale, hvem der tager døren.',
  'Grupperne skal med i vagtplanen, ellers forsvinder de, når vi er pressede.',
  'Vi prøver næste uge med en anden bog og ser, om det samme sker.',
  '',
];

/** Dates every meeting without one, except in the demo's course year in progress, which the demo dated itself. */
export async function dateMeetings(client: pg.ClientBase): Promise<void> {
  await client.query(
    `WITH ordered AS (
       SELECT m.id, r.course_start, r.course_end,
              row_number() OVER (PARTITION BY m.course_id ORDER BY m.sequence, m.kind <> 'kickoff', m.kind, m.group_key) AS k,
              count(*) OVER (PARTITION BY m.course_id) AS n
       FROM course_meetings m JOIN courses c ON c.id = m.course_id JOIN rounds r ON r.id = c.round_id
       WHERE m.date IS NULL AND NOT (c.round_id = $1 AND c.municipality_code = ANY($2::text[]))
     ),
     dated AS (
       SELECT id, k, course_start + ((k * (course_end - course_start)) / (n + 1))::int AS d FROM ordered
     ),
     weekday AS (
       SELECT id, k, (d + CASE extract(isodow FROM d) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)::date AS d FROM dated
     )
     UPDATE course_meetings m SET
       date = w.d,
       start_time = CASE WHEN w.k % 2 = 0 THEN '09:00' ELSE '12:30' END,
       end_time = CASE WHEN w.k % 2 = 0 THEN '11:30' ELSE '15:00' END,
       status = CASE WHEN w.d < current_date THEN 'held' ELSE 'planned' END,
       minutes_status = CASE WHEN w.d < current_date - 14 THEN 'approved' WHEN w.d < current_date THEN 'draft' ELSE 'none' END,
       minutes_html = CASE WHEN w.d < current_date THEN ($3::text[])[1 + w.k % 3] ELSE '' END,
       minutes_version = CASE WHEN w.d < current_date THEN 1 + w.k % 3 ELSE 0 END,
       minutes_approved_at = CASE WHEN w.d < current_date - 14 THEN w.d + interval '7 days' END,
       agenda = '<p>Dagsorden: opfølgning på afprøvninger, status og næste skridt.</p>',
       updated_at = w.d
     FROM weekday w WHERE m.id = w.id`,
    [DEMO_COURSE_YEAR_ROUND_ID, DEMO_MUNICIPALITIES.map((m) => m.code), MINUTES],
  );
}

export async function insertTrials(client: pg.ClientBase, plan: ScalePlan): Promise<void> {
  await client.query(
    `INSERT INTO trials (course_id, meeting_id, group_key, description, responsible, status, created_by, created_at, updated_at)
     SELECT m.course_id, m.id, m.group_key, ($1::text[])[1 + abs(hashtext(m.id::text)) % 4],
            'Medarbejderne i arbejdsgruppen',
            CASE WHEN m.date < current_date - 60 THEN CASE WHEN abs(hashtext(m.id::text)) % 5 = 0 THEN 'dropped' ELSE 'completed' END ELSE 'open' END,
            coalesce(c.consultant_id, (SELECT id FROM users WHERE email = 'admin@socialstyrelsen.example')),
            m.date + interval '14 hours', m.date + interval '14 hours'
     FROM course_meetings m JOIN courses c ON c.id = m.course_id
     WHERE m.kind = 'working_group' AND m.status = 'held' AND NOT EXISTS (SELECT 1 FROM trials t WHERE t.meeting_id = m.id)`,
    [TRIALS],
  );
  // Logs in turn by the leaders and staff of the course's municipality, every few days after the meeting.
  await client.query(
    `WITH t AS (
       SELECT t.id, t.created_at::date AS d, c.municipality_code, row_number() OVER (ORDER BY t.created_at, t.id) AS k
       FROM trials t JOIN courses c ON c.id = t.course_id
       WHERE NOT EXISTS (SELECT 1 FROM trial_logs l WHERE l.trial_id = t.id)
     ),
     authors AS (
       SELECT user_id, municipality_code, row_number() OVER (PARTITION BY municipality_code ORDER BY user_id) AS k,
              count(*) OVER (PARTITION BY municipality_code) AS n
       FROM role_assignments WHERE role IN ('staff', 'daycare_leader')
     ),
     wanted AS (SELECT greatest(0, $1::int - (SELECT count(*)::int FROM trial_logs)) AS rows),
     per AS (SELECT greatest(1, ceil((SELECT rows FROM wanted)::numeric / greatest(1, (SELECT count(*) FROM t))))::int AS n)
     INSERT INTO trial_logs (trial_id, author_id, tried_on, what_tried, what_happened, reflection, created_at)
     SELECT t.id, a.user_id, t.d + j * 3,
            ($2::text[])[1 + (t.k + j) % 4], ($3::text[])[1 + (t.k * 3 + j) % 4], ($4::text[])[1 + (t.k + 2 * j) % 4],
            t.d + j * 3 + interval '15 hours'
     FROM t CROSS JOIN generate_series(1, (SELECT n FROM per)) AS j
     JOIN authors a ON a.municipality_code = t.municipality_code AND a.k = 1 + (t.k + j) % a.n
     ORDER BY t.k, j
     LIMIT (SELECT rows FROM wanted)`,
    [plan.trialLogs, TRIED, HAPPENED, REFLECTION],
  );
}
