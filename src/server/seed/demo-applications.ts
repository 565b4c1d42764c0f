import { eq } from 'drizzle-orm';
import type { ApplicationContent } from '../../shared/contracts/applications.js';
import type { DrizzleTx } from '../db/client.js';
import { agreements, applications, assessments, municipalities, regions, roundDecisions } from '../db/schema.js';
import { defaultAgreementTerms } from '../documents/agreement-document.js';
import { createCourseFromApplication } from '../modules/courses/create-course.js';
import { scoreApplication } from '../modules/assessments/scores.js';
import { proposeSelection } from '../modules/selection/propose-selection.js';
import { demoId, LAST_NAMES, FIRST_NAMES, seededRandom } from './demo-data.js';
import { DEFAULT_BALANCE_RULES, DEFAULT_CRITERIA, DEFAULT_REQUIREMENTS, DEMO_ROUNDS } from './demo-rounds.js';

/**
 * Fictional applications for the demo rounds: the four historical rounds and
 * the round under way (August 2026) with seven or eight applicants each,
 * scored by the demo assessor, decided by the optimiser's proposal, published,
 * and agreements signed for those approved – Hjørring among them in August
 * 2018, Hjørring and Helsingør in August 2026. The open round has three
 * submitted applications waiting for assessment; Hjørring and Helsingør have
 * not applied to it yet.
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
 * courses. `signedAt` when the agreement was signed later than the others.
 */
interface DemoApplicant {
  code: '0860' | '0217';
  institutionKeys: [string, string];
  signedAt?: string;
}

const DEMO_APPLICANTS: Partial<Record<string, DemoApplicant[]>> = {
  'round-2018-08': [{ code: '0860', institutionKeys: ['0860-1', '0860-2'] }],
  'round-2026-08': [
    { code: '0860', institutionKeys: ['0860-1', '0860-3'] },
    // Newly signed on the demo's today, so its course has no dates yet (demo-course-year.ts).
    { code: '0217', institutionKeys: ['0217-1', '0217-4'], signedAt: '2026-11-16T10:00:00+01:00' },
  ],
};

export async function insertDemoApplications(tx: DrizzleTx): Promise<void> {
  const all: Applicant[] = await tx
    .select({ code: municipalities.code, name: municipalities.name, region: regions.name, population: municipalities.population })
    .from(municipalities)
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .orderBy(municipalities.code);
  const adminId = demoId('user/admin@socialstyrelsen.example');
  const assessorId = demoId('user/bedoemmer@socialstyrelsen.example');
  const random = seededRandom(2017);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const others = all.filter((m) => m.code !== '0860' && m.code !== '0217');

  for (const round of DEMO_ROUNDS) {
    const open = round.key === 'round-2027-08';
    const count = open ? 3 : 7 + Math.floor(random() * 2);
    const demoApplicants = DEMO_APPLICANTS[round.key] ?? [];
    const demoApplicant = (code: string) => demoApplicants.find((d) => d.code === code);
    const chosen = new Map<string, Applicant>();
    for (const d of demoApplicants) chosen.set(d.code, all.find((m) => m.code === d.code) as Applicant);
    while (chosen.size < count) {
      const m = pick(others);
      chosen.set(m.code, m);
    }
    const deadline = new Date(round.deadline);
    const scored = [];
    for (const m of chosen.values()) {
      const id = demoId(`application/${round.key}/${m.code}`);
      const contactName = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
      const content: ApplicationContent = {
        contactName,
        contactEmail: `${contactName.split(' ')[0]?.toLowerCase() ?? 'kontakt'}@kommune${m.code}.example`,
        contactPhone: `${70 + Math.floor(random() * 29)} ${10 + Math.floor(random() * 89)} ${10 + Math.floor(random() * 89)} ${10 + Math.floor(random() * 89)}`,
        institutions: (demoApplicant(m.code)?.institutionKeys ?? []).map((key) => ({
          institutionId: demoId(key),
          vulnerableFamiliesShare: 25 + Math.round(random() * 20),
          needDocumentation: 'Kommunens opgørelse af forældres uddannelse og beskæftigelse samt dagtilbuddets egen kortlægning.',
        })),
        familyDaycareShare: Math.round(10 + random() * 45),
        motivation: pick(MOTIVATIONS),
        managementBacking: 'Dagtilbudschefen og direktionen står bag ansøgningen og deltager i styregruppen.',
        resourceCommitment: 'Kommunen afsætter medarbejdertimer til møder og afprøvninger samt forplejning og transport.',
        directorName: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
        directorTitle: 'Direktør for Børn og Unge',
        directorSignedOn: new Date(deadline.getTime() - 10 * 86_400_000).toISOString().slice(0, 10),
        evaluationCommitment: true,
      };
      const submittedAt = new Date(deadline.getTime() - Math.floor(1 + random() * 14) * 86_400_000);
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
      if (open) continue;
      // The demo municipalities' applications were strong; one in eight of the others fails a requirement.
      const strong = demoApplicant(m.code) !== undefined;
      const requirementsMet = strong || random() > 0.12;
      const criteria = Object.fromEntries(
        DEFAULT_CRITERIA.map((c) => [
          c.key,
          { score: strong ? 5 : 2 + Math.floor(random() * 4), justification: 'Vurderet ud fra ansøgningens beskrivelse og dokumentation.' },
        ]),
      );
      const requirements = Object.fromEntries(DEFAULT_REQUIREMENTS.map((r, i) => [r.key, requirementsMet || i !== 1]));
      const [row] = await tx
        .insert(assessments)
        .values({
          applicationId: id,
          assessorId,
          conflict: 'none',
          declaredAt: deadline,
          requirements,
          criteria,
          status: 'submitted',
          submittedAt: new Date(deadline.getTime() + 14 * 86_400_000),
        })
        .returning();
      if (!row) throw new Error('assessment insert returned nothing');
      scored.push(
        scoreApplication(
          { applicationId: id, municipalityCode: m.code, municipalityName: m.name, regionName: m.region, population: m.population, familyDaycareShare: content.familyDaycareShare },
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
    const missing = demoApplicants.filter((d) => !proposal.selected.includes(d.code));
    if (missing.length > 0) throw new Error(`Demodata: ${round.key} udvælger ikke ${missing.map((d) => d.code).join(', ')}`);
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
        signedAt: demo?.signedAt ? new Date(demo.signedAt) : new Date(publishedAt.getTime() + 21 * 86_400_000),
        signedBy: adminId,
      });
      const institutionIds = (demo?.institutionKeys ?? []).map((key) => demoId(key));
      // The demo consultant runs the demo municipalities' courses, so a consultant login has courses to open.
      const consultantId = demo ? demoId('user/konsulent@socialstyrelsen.example') : null;
      await createCourseFromApplication(tx, { id: applicationId, roundId: demoId(round.key), municipalityCode: code, institutionIds, consultantId });
    }
  }
}
