import { eq } from 'drizzle-orm';
import type { ApplicationContent } from '../../shared/contracts/applications.js';
import type { DrizzleTx } from '../db/client.js';
import { agreements, applications, assessments, municipalities, regions, roundDecisions } from '../db/schema.js';
import { defaultAgreementTerms } from '../documents/agreement-document.js';
import { createCourseFromApplication } from '../modules/courses/create-course.js';
import { scoreApplication } from '../modules/assessments/scores.js';
import { proposeSelection } from '../modules/selection/propose-selection.js';
import { demoId, LAST_NAMES, FIRST_NAMES, seededRandom } from './demo-data.js';
import { danishToday } from '../time/danish-today.js';
import { CLOSED_ROUND, SIGNED_ROUND, UNDER_WAY_ROUND, type DemoCalendar } from './demo-calendar.js';
import { DEFAULT_BALANCE_RULES, DEFAULT_CRITERIA, DEFAULT_REQUIREMENTS, demoRounds } from './demo-rounds.js';
import { addDays, danishInstant, workdayUntil } from './demo-time.js';

/**
 * Fictional applications for the demo rounds (demo-rounds.ts): the four
 * historical rounds, the round under way and the signed round with seven or
 * eight applicants each, scored by the demo assessor, decided by the
 * optimiser's proposal, published, and agreements signed for those approved –
 * Hjørring among them in August 2018 and in the round under way, Helsingør in
 * the signed round (a week before the seed date). The closed round has seven
 * submitted applications, Hjørring's among them; the demo assessor has scored
 * five and two wait for assessment, and nothing is selected yet. The open round has
 * three submitted applications waiting for its deadline; Hjørring and
 * Helsingør have not applied to it yet.
 */
const MOTIVATIONS = [
  'Vi oplever en stigende andel børn, der har brug for en særlig indsats for at deltage i fællesskabet, og vil styrke læringsmiljøet systematisk.',
  'Kommunen har en ny børne- og ungepolitik, og forløbet skal hjælpe os med at omsætte den til praksis i dagtilbud med mange udsatte familier.',
  'Vores dagtilbud i de almene boligområder efterspørger redskaber til forældresamarbejdet og til det tværfaglige arbejde.',
  'Vi vil lære af andre kommuner og bygge en fælles praksis for trivselsvurderinger og opfølgning.',
];

interface Applicant {
  code: string;
  name: string;
  region: string;
  population: number;
}

/**
 * The demo municipalities' applications: strong (full marks, every
 * requirement met), so the optimiser selects them, with two of their demo
 * institutions (keys of demo-data.ts); the demo consultant runs their
 * courses. `signedDaysAgo` when the agreement was signed days before the
 * seed date rather than with the others.
 */
interface DemoApplicant {
  code: '0860' | '0217';
  institutionKeys: [string, string];
  signedDaysAgo?: number;
}

const DEMO_APPLICANTS: Partial<Record<string, DemoApplicant[]>> = {
  'round-2018-08': [{ code: '0860', institutionKeys: ['0860-1', '0860-2'] }],
  [UNDER_WAY_ROUND]: [{ code: '0860', institutionKeys: ['0860-1', '0860-3'] }],
  // Newly signed, so its course has no dates yet (demo-course-year.ts).
  [SIGNED_ROUND]: [{ code: '0217', institutionKeys: ['0217-1', '0217-4'], signedDaysAgo: 7 }],
  [CLOSED_ROUND]: [{ code: '0860', institutionKeys: ['0860-4', '0860-5'] }],
};

/** Applications in the closed round, and how many of them (the last) still wait for the demo assessor. */
const CLOSED_ROUND_APPLICATIONS = 7;
const CLOSED_ROUND_PENDING = 2;

const DAY_MS = 86_400_000;

/**
 * Who may apply next to the closed round: the applications already assessed
 * come from regions not yet among them, the last of them from a small
 * municipality when none is, so the assessed ones alone can be selected under
 * the balance rules (the admin can select before the last assessments are in).
 */
function closedRoundCandidates(others: Applicant[], chosen: Applicant[], assessed: number): Applicant[] {
  if (chosen.length >= assessed) return others;
  const regions = new Set(chosen.map((m) => m.region));
  const fresh = others.filter((m) => !regions.has(m.region) && !chosen.includes(m));
  const small = (m: Applicant) => m.population < DEFAULT_BALANCE_RULES.smallPopulationBelow;
  const needSmall = chosen.length === assessed - 1 && !chosen.some(small);
  const candidates = needSmall ? fresh.filter(small) : fresh;
  return candidates.length > 0 ? candidates : others;
}

export async function insertDemoApplications(tx: DrizzleTx, calendar: DemoCalendar): Promise<void> {
  const all: Applicant[] = await tx
    .select({
      code: municipalities.code,
      name: municipalities.name,
      region: regions.name,
      population: municipalities.population,
    })
    .from(municipalities)
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .orderBy(municipalities.code);
  const adminId = demoId('user/admin@socialstyrelsen.example');
  const assessorId = demoId('user/bedoemmer@socialstyrelsen.example');
  const random = seededRandom(2017);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const others = all.filter((m) => m.code !== '0860' && m.code !== '0217');

  for (const round of demoRounds(calendar)) {
    const open = round.state === 'open';
    const closed = round.state === 'closed';
    const historical = round.state === 'historical';
    const count = open ? 3 : closed ? CLOSED_ROUND_APPLICATIONS : 7 + Math.floor(random() * 2);
    const demoApplicants = DEMO_APPLICANTS[round.key] ?? [];
    const demoApplicant = (code: string) => demoApplicants.find((d) => d.code === code);
    const chosen = new Map<string, Applicant>();
    for (const d of demoApplicants) chosen.set(d.code, all.find((m) => m.code === d.code) as Applicant);
    while (chosen.size < count) {
      const m = pick(
        closed ? closedRoundCandidates(others, [...chosen.values()], count - CLOSED_ROUND_PENDING) : others,
      );
      chosen.set(m.code, m);
    }
    const deadline = round.deadline;
    // The open round's applications came in before the seed date, not before its deadline ahead.
    const receivedBy = open ? danishInstant(calendar.today, '09:00') : deadline;
    const scored = [];
    for (const [index, m] of [...chosen.values()].entries()) {
      const id = demoId(`application/${round.key}/${m.code}`);
      const contactName = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
      const content: ApplicationContent = {
        contactName,
        contactEmail: `${contactName.split(' ')[0]?.toLowerCase() ?? 'kontakt'}@kommune${m.code}.example`,
        contactPhone: `${70 + Math.floor(random() * 29)} ${10 + Math.floor(random() * 89)} ${10 + Math.floor(random() * 89)} ${10 + Math.floor(random() * 89)}`,
        institutions: (demoApplicant(m.code)?.institutionKeys ?? []).map((key) => ({
          institutionId: demoId(key),
          vulnerableFamiliesShare: 25 + Math.round(random() * 20),
          needDocumentation:
            'Kommunens opgørelse af forældres uddannelse og beskæftigelse samt dagtilbuddets egen kortlægning.',
        })),
        familyDaycareShare: Math.round(10 + random() * 45),
        motivation: pick(MOTIVATIONS),
        managementBacking: 'Dagtilbudschefen og direktionen står bag ansøgningen og deltager i styregruppen.',
        resourceCommitment:
          'Kommunen afsætter medarbejdertimer til møder og afprøvninger samt forplejning og transport.',
        directorName: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
        directorTitle: 'Direktør for Børn og Unge',
        directorSignedOn: new Date(deadline.getTime() - 10 * DAY_MS).toISOString().slice(0, 10),
        evaluationCommitment: true,
      };
      const submittedAt = new Date(receivedBy.getTime() - Math.floor(1 + random() * 14) * DAY_MS);
      // The director signs before the application is sent (the historical rounds keep their dates).
      if (!historical) content.directorSignedOn = addDays(danishToday(submittedAt), -2);
      await tx.insert(applications).values({
        id,
        roundId: demoId(round.key),
        municipalityCode: m.code,
        status: 'submitted',
        content,
        submittedAt,
        createdAt: submittedAt,
        updatedAt: submittedAt,
      });
      if (open || (closed && index >= count - CLOSED_ROUND_PENDING)) continue;
      // The demo municipalities' applications were strong; one in eight of the others fails a requirement.
      const strong = demoApplicant(m.code) !== undefined;
      const requirementsMet = strong || random() > 0.12;
      const criteria = Object.fromEntries(
        DEFAULT_CRITERIA.map((c) => [
          c.key,
          {
            score: strong ? 5 : 2 + Math.floor(random() * 4),
            justification: 'Vurderet ud fra ansøgningens beskrivelse og dokumentation.',
          },
        ]),
      );
      const requirements = Object.fromEntries(DEFAULT_REQUIREMENTS.map((r, i) => [r.key, requirementsMet || i !== 1]));
      const [row] = await tx
        .insert(assessments)
        .values({
          applicationId: id,
          assessorId,
          conflict: 'none',
          // The closed round's deadline passed two weeks ago: its assessments came in one a day since.
          declaredAt: closed ? new Date(deadline.getTime() + DAY_MS) : deadline,
          requirements,
          criteria,
          status: 'submitted',
          submittedAt: new Date(deadline.getTime() + (closed ? index + 2 : 14) * DAY_MS),
        })
        .returning();
      if (!row) throw new Error('assessment insert returned nothing');
      scored.push(
        scoreApplication(
          {
            applicationId: id,
            municipalityCode: m.code,
            municipalityName: m.name,
            regionName: m.region,
            population: m.population,
            familyDaycareShare: content.familyDaycareShare,
          },
          { criteria: DEFAULT_CRITERIA, requirements: DEFAULT_REQUIREMENTS },
          [{ ...row, assessorName: '' }],
          1,
        ),
      );
    }
    if (open) continue;
    const proposal = proposeSelection({
      capacity: 5,
      rules: DEFAULT_BALANCE_RULES,
      applicants: scored.map((s) => ({
        id: s.municipalityCode,
        score: s.total ?? 0,
        eligible: s.eligible,
        population: s.population,
        region: s.regionName,
        familyDaycareShare: (s.familyDaycareShare ?? 0) / 100,
      })),
    });
    const waitlist = scored
      .filter((s) => s.eligible && !proposal.selected.includes(s.municipalityCode))
      .sort((a, b) => (b.total ?? 0) - (a.total ?? 0))
      .slice(0, 2)
      .map((s) => s.municipalityCode);
    const missing = demoApplicants.filter((d) => !proposal.selected.includes(d.code));
    if (missing.length > 0)
      throw new Error(`Demodata: ${round.key} udvælger ikke ${missing.map((d) => d.code).join(', ')}`);
    // The closed round waits for the rest of its assessments and the selection.
    if (closed) continue;
    const publishedAt = new Date(deadline.getTime() + 42 * 86_400_000);
    await tx.insert(roundDecisions).values({
      roundId: demoId(round.key),
      selected: proposal.selected,
      waitlist,
      proposal,
      decidedBy: adminId,
      decidedAt: new Date(publishedAt.getTime() - 2 * 86_400_000),
      publishedAt,
      publishedBy: adminId,
    });
    for (const code of proposal.selected) {
      const app = [...chosen.values()].find((m) => m.code === code) as Applicant;
      const applicationId = demoId(`application/${round.key}/${code}`);
      const demo = demoApplicant(code);
      await tx.insert(agreements).values({
        applicationId,
        status: 'signed',
        terms: defaultAgreementTerms({
          agencyContactName: 'Birgitte Holm',
          agencyContactEmail: 'admin@socialstyrelsen.example',
          municipalityContactName: `Tovholderen i ${app.name}`,
          municipalityContactEmail: `tovholder@kommune${code}.example`,
        }),
        sentAt: new Date(publishedAt.getTime() + 7 * 86_400_000),
        sentBy: adminId,
        signedAt:
          demo?.signedDaysAgo !== undefined
            ? danishInstant(workdayUntil(addDays(calendar.today, -demo.signedDaysAgo)), '10:00')
            : new Date(publishedAt.getTime() + 21 * 86_400_000),
        signedBy: adminId,
      });
      const institutionIds = (demo?.institutionKeys ?? []).map((key) => demoId(key));
      // The demo consultant runs the demo municipalities' courses, so a consultant login has courses to open.
      const consultantId = demo ? demoId('user/konsulent@socialstyrelsen.example') : null;
      await createCourseFromApplication(tx, {
        id: applicationId,
        roundId: demoId(round.key),
        municipalityCode: code,
        institutionIds,
        consultantId,
      });
    }
  }
}
