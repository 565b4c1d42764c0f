import { eq } from 'drizzle-orm';
import { SelfAnalysisContent } from '../../shared/contracts/self-analysis.js';
import type { DrizzleTx } from '../db/client.js';
import { selfAnalyses } from '../db/schema-course-work.js';
import type { CourseRow } from '../modules/courses/repository.js';
import { readPrefilledFigures } from '../modules/self-analysis/prefilled-figures.js';
import * as selfAnalysisRepo from '../modules/self-analysis/repository.js';
import { loadSelfAnalysisState } from '../modules/self-analysis/self-analysis-state.js';
import { toStored } from '../modules/self-analysis/stored-content.js';
import { demoId } from './demo-data.js';
import type { DemoPeople } from './demo-meetings.js';
import { addDays, danishInstant, workdayFrom } from './demo-time.js';

/**
 * First saved by the coordinator five weeks into the course, completed three
 * weeks later, presented by the consultant a week after that (about two
 * months in). Days after the course's start, then the next workday.
 */
const FIRST_SAVED_DAY = 38;
const COMPLETED_DAY = 59;
export const DEMO_SELF_ANALYSIS_PRESENTED_DAY = 67;

const courseDay = (course: CourseRow, day: number, time: string) =>
  danishInstant(workdayFrom(addDays(course.periodStart, day)), time);

const LEADERSHIP = {
  backing:
    'Dagtilbudschefen og direktøren for Børn og Unge står bag forløbet og deltager i styregruppen. Tovholderen i dagtilbudsafdelingen driver arbejdet i det daglige sammen med de to dagtilbudsledere.',
  data: 'Ledelsen bruger sprogvurderingerne og de årlige trivselsvurderinger på dagtilbudsledermøderne, men data bruges endnu ikke systematisk til at følge de enkelte indsatser.',
  direction:
    'Lederne sætter retning gennem de pædagogiske læreplaner og personalemøderne. Der er et ønske om en fælles retning for, hvordan ydertimer og overgange organiseres.',
  anchoring:
    'Kommunen har gode erfaringer med sprogindsatsen fra 2021, som blev forankret gennem faste netværk for sprogpædagoger. Erfaringen er, at forankring kræver tid i vagtplanen og opfølgning fra ledelsen.',
};

const ORGANISATION = {
  learningEnvironments:
    'Dagen er organiseret i stuer med planlagte aktiviteter om formiddagen. I ydertimerne og ved overgange er børnene samlet i store grupper, og her har børn i udsatte positioner sværest ved at deltage.',
  interdisciplinary:
    'Der holdes tværfaglige møder med sundhedsplejen og PPR fire gange om året i hvert dagtilbud. Socialrådgiverne deltager efter behov.',
  parents:
    'Forældresamarbejdet foregår ved daglig kontakt og årlige samtaler. Samtaler efter sprogvurdering og trivselsvurdering holdes ikke fast i alle dagtilbud.',
  resources:
    'Tovholderen har otte timer om ugen til forløbet. De to dagtilbud har hver afsat tre timer om ugen til arbejdsgruppens medlemmer og vikardækning til møderne.',
};

const INTERVENTIONS = {
  current:
    'Sprogindsatsen med sprogvurdering af alle 3-årige, en forældreguide til sprog og leg og et netværk for sprogpædagoger.',
  competences:
    'Dagtilbuddene arbejder med sociale kompetencer i planlagte aktiviteter og i legen. Vedholdenhed og samarbejdsevne er mindre beskrevet i praksis.',
  concern:
    'Bekymringer drøftes med lederen og bringes til de tværfaglige møder. Opfølgningen afhænger af den enkelte medarbejder og er ikke ens i de to dagtilbud.',
  results:
    'Sprogvurderingerne viser fremgang, men andelen af børn med en aftalt opfølgning er lav, og effekten af indsatserne måles ikke systematisk.',
};

const MUNICIPALITY_FIGURES = {
  consultantsFte: 2.5,
  coordinatorHours: 8,
  healthVisitorsFte: 3,
  languageAssessedShare: 92,
  interdisciplinaryMeetings: 48,
};

/** Capacity of the course's institutions, by demo institution key. */
const INSTITUTION_FIGURES: Record<string, { figures: Record<string, number>; note: string }> = {
  '0860-1': {
    figures: {
      staff: 14,
      pedagogueShare: 64,
      leaderHours: 10,
      languageAssessedShare: 95,
      healthVisitorMeetings: 4,
      childrenWithSupport: 6,
    },
    note: 'To nye pædagoger i år; en medarbejder er uddannet sprogpædagog.',
  },
  '0860-3': {
    figures: {
      staff: 11,
      pedagogueShare: 58,
      leaderHours: 8,
      languageAssessedShare: 88,
      healthVisitorMeetings: 4,
      childrenWithSupport: 5,
    },
    note: 'Lederen deler ledelsestid med en anden børnehave.',
  },
};

const STRENGTHS = [
  'Stærk opbakning fra forvaltning og dagtilbudsledelse.',
  'Gode erfaringer med sprogindsatsen og et fungerende netværk for sprogpædagoger.',
  'Faste tværfaglige møder med sundhedsplejen og PPR.',
];

const CHALLENGES = [
  'Ydertimer og overgange, hvor grupperne er store.',
  'Data bruges ikke systematisk til at følge indsatserne.',
  'Forældresamtaler efter sprogvurdering holdes ikke fast.',
];

function content(course: CourseRow, complete: boolean): SelfAnalysisContent {
  const institutionIds = course.plan.workingGroups.flatMap((g) => g.institutionIds);
  const institutions = Object.fromEntries(
    Object.entries(INSTITUTION_FIGURES)
      .filter(([key]) => institutionIds.includes(demoId(key)))
      .map(([key, capacity]) => [demoId(key), capacity]),
  );
  return SelfAnalysisContent.parse({
    leadership: LEADERSHIP,
    organisation: complete ? ORGANISATION : { ...ORGANISATION, resources: '' },
    interventions: complete
      ? INTERVENTIONS
      : { current: INTERVENTIONS.current, competences: '', concern: '', results: '' },
    capacity: {
      municipality: {
        figures: complete ? MUNICIPALITY_FIGURES : { ...MUNICIPALITY_FIGURES, interdisciplinaryMeetings: null },
        note: complete ? 'Tallene for tværfaglige møder er fra PPR for sidste år.' : '',
      },
      institutions,
    },
    strengths: STRENGTHS,
    challenges: complete ? CHALLENGES : CHALLENGES.slice(0, 1),
  });
}

/**
 * The course's self-analysis through the module's repository and stored
 * format: a first save, the completed draft, and the presentation, which
 * keeps the figures Indsats held at that moment (frozen) with the content –
 * exactly the versions and statuses the application gives them. Then the
 * timestamps are set to the demo's history, counted from the course's start.
 */
export async function insertDemoSelfAnalysis(tx: DrizzleTx, course: CourseRow, people: DemoPeople): Promise<void> {
  const presentedAt = courseDay(course, DEMO_SELF_ANALYSIS_PRESENTED_DAY, '11:00');
  const now = presentedAt;
  const saved = (ok: boolean) => {
    if (!ok) throw new Error('Demodata: egenanalysen blev ikke gemt');
  };
  saved(await selfAnalysisRepo.insertSelfAnalysis(tx, course.id, toStored(content(course, false)), people.coordinator));
  saved(await selfAnalysisRepo.updateDraft(tx, course.id, 1, toStored(content(course, true)), people.coordinator, now));
  const state = await loadSelfAnalysisState(tx, course);
  if (state.missing.length > 0)
    throw new Error(`Demodata: egenanalysen mangler ${state.missing.map((m) => m.field).join(', ')}`);
  const figures = await readPrefilledFigures(tx, course, state.institutions, state.application, presentedAt);
  saved(
    await selfAnalysisRepo.setStatus(tx, course.id, 2, {
      status: 'presented',
      content: toStored(state.content, { ...figures, frozen: true }),
      presentedBy: people.consultant,
      presentedAt,
    }),
  );
  await tx
    .update(selfAnalyses)
    .set({
      createdAt: courseDay(course, FIRST_SAVED_DAY, '13:15'),
      updatedAt: courseDay(course, COMPLETED_DAY, '10:40'),
    })
    .where(eq(selfAnalyses.courseId, course.id));
}
