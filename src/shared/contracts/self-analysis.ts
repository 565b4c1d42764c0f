import { z } from 'zod';
import { BaseVersion, Uuid, Version } from './common.js';
import { keptEdit } from './edit-conflicts.js';
import { message } from './messages.js';
import { MultiLineText, SingleLineText, tooLong } from './text.js';

/**
 * The course's self-analysis (egenanalyse, issue 4 point 6): an overall
 * picture of the municipality's strengths and challenges in reducing negative
 * social inheritance for children in vulnerable positions (seed 003). The
 * template is data: three sections of guiding questions (leadership,
 * organisation, targeted interventions), a capacity overview of the
 * municipality and each institution of the course – figures Indsats holds are
 * filled in by the server, the rest entered – and strengths and challenges.
 * Counts only: no table or field here holds a child's name.
 */

// ── The template ─────────────────────────────────────────────────────────
export const SECTION_KEYS = ['leadership', 'organisation', 'interventions'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const QUESTION_KEYS = {
  leadership: ['backing', 'data', 'direction', 'anchoring'],
  organisation: ['learningEnvironments', 'interdisciplinary', 'parents', 'resources'],
  interventions: ['current', 'competences', 'concern', 'results'],
} as const satisfies Record<SectionKey, readonly string[]>;
export type QuestionKey<S extends SectionKey> = (typeof QUESTION_KEYS)[S][number];

/** Danish texts of the template (the PDF's and the Danish client's). */
export const SECTION_TEMPLATE: {
  [S in SectionKey]: { title: string; intro: string; questions: Record<QuestionKey<S>, string> };
} = {
  leadership: {
    title: 'Ledelse',
    intro:
      'En stærk faglig ledelse, der kan drive de målrettede faglige indsatser med løbende inddragelse af relevante data.',
    questions: {
      backing:
        'Hvordan bakker forvaltningen og dagtilbudsledelsen op om arbejdet med børn i udsatte positioner, og hvem driver det?',
      data: 'Hvordan inddrager ledelsen løbende relevante data om børnenes trivsel, udvikling og læring?',
      direction: 'Hvordan sætter lederne retning for organiseringen af medarbejderne og det pædagogiske læringsmiljø?',
      anchoring: 'Hvilke erfaringer har kommunen med at implementere og forankre faglige indsatser i dagtilbud?',
    },
  },
  organisation: {
    title: 'Organisering',
    intro:
      'En god organisering af læringsmiljøerne og et godt tværfagligt samarbejde, der understøtter det pædagogiske arbejde.',
    questions: {
      learningEnvironments:
        'Hvordan er læringsmiljøerne organiseret hen over dagen, så de understøtter trivsel, udvikling og læring hos børn i udsatte positioner?',
      interdisciplinary:
        'Hvordan er det tværfaglige samarbejde organiseret, fx med sundhedsplejen, PPR og socialrådgivere?',
      parents:
        'Hvordan er forældresamarbejdet organiseret, og hvordan inddrages forældrene i barnets trivsel, udvikling og læring?',
      resources:
        'Hvilken tid og hvilke ressourcer har kommunen afsat til tovholderen og til dagtilbuddenes arbejde i forløbet?',
    },
  },
  interventions: {
    title: 'Målrettede indsatser',
    intro:
      'Indsatser, der fremmer deltagelse og læring for børn i udsatte positioner og mindsker den negative sociale arv.',
    questions: {
      current: 'Hvilke målrettede indsatser for børn i udsatte positioner har kommunen og de udvalgte dagtilbud i dag?',
      competences:
        'Hvordan arbejder dagtilbuddene med børnenes personlige, sproglige og sociale kompetencer, herunder engagement, vedholdenhed, empati og samarbejdsevne?',
      concern:
        'Hvordan opdager og følger dagtilbuddene børn, hvis trivsel, udvikling eller læring giver anledning til bekymring?',
      results: 'Hvad viser kommunens egne data og erfaringer om indsatsernes resultater?',
    },
  },
};

/** How a figure is read and bounded. */
export const FIGURE_UNITS = ['count', 'percent', 'fte', 'hours'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** Figures the municipality enters itself (the server cannot know them). */
export const MUNICIPALITY_FIGURES = {
  consultantsFte: { unit: 'fte', label: 'Pædagogiske konsulenter i forvaltningen (årsværk)' },
  coordinatorHours: { unit: 'hours', label: 'Tovholderens tid til forløbet (timer pr. uge)' },
  healthVisitorsFte: { unit: 'fte', label: 'Sundhedsplejersker med dagtilbud som fast samarbejdspartner (årsværk)' },
  languageAssessedShare: { unit: 'percent', label: 'Andel af 3-årige, der er sprogvurderet (%)' },
  interdisciplinaryMeetings: { unit: 'count', label: 'Tværfaglige møder om børn i dagtilbud pr. år' },
} as const satisfies Record<string, { unit: FigureUnit; label: string }>;
export type MunicipalityFigureKey = keyof typeof MUNICIPALITY_FIGURES;

export const INSTITUTION_FIGURES = {
  staff: { unit: 'count', label: 'Pædagogisk personale (antal ansatte)' },
  pedagogueShare: { unit: 'percent', label: 'Andel uddannede pædagoger (%)' },
  leaderHours: { unit: 'hours', label: 'Ledelsestid til pædagogisk ledelse (timer pr. uge)' },
  languageAssessedShare: { unit: 'percent', label: 'Andel børn sprogvurderet det seneste år (%)' },
  healthVisitorMeetings: { unit: 'count', label: 'Samarbejdsmøder med sundhedsplejen pr. år' },
  childrenWithSupport: { unit: 'count', label: 'Børn med særlig støtte eller en tværfaglig sag (antal)' },
} as const satisfies Record<string, { unit: FigureUnit; label: string }>;
export type InstitutionFigureKey = keyof typeof INSTITUTION_FIGURES;

/** The entered figure every institution must have before the self-analysis is presented. */
export const REQUIRED_INSTITUTION_FIGURE: InstitutionFigureKey = 'staff';

/** Where a prefilled figure comes from; well-being figures follow with the well-being assessments. */
export const FIGURE_SOURCES = ['organisation', 'application', 'well_being'] as const;

/** Figures Indsats already holds, filled in by the server and shown as such. */
export const PREFILLED_MUNICIPALITY_FIGURES = {
  institutionsInCourse: { unit: 'count', source: 'organisation', label: 'Dagtilbud i forløbet' },
  childrenInCourse: { unit: 'count', source: 'organisation', label: 'Børn i forløbets dagtilbud' },
  groupsInCourse: { unit: 'count', source: 'organisation', label: 'Stuer og grupper i forløbets dagtilbud' },
  institutionsInMunicipality: { unit: 'count', source: 'organisation', label: 'Dagtilbud i kommunen i alt' },
  childrenInMunicipality: { unit: 'count', source: 'organisation', label: 'Børn i kommunens dagtilbud i alt' },
  familyDaycareShare: {
    unit: 'percent',
    source: 'application',
    label: 'Andel af 0–2-årige i dagpleje (fra ansøgningen)',
  },
  wellBeing: { unit: 'percent', source: 'well_being', label: 'Trivsel (andel børn i grøn trivsel)' },
} as const satisfies Record<string, { unit: FigureUnit; source: (typeof FIGURE_SOURCES)[number]; label: string }>;
export type PrefilledMunicipalityKey = keyof typeof PREFILLED_MUNICIPALITY_FIGURES;

export const PREFILLED_INSTITUTION_FIGURES = {
  children: { unit: 'count', source: 'organisation', label: 'Børn' },
  groups: { unit: 'count', source: 'organisation', label: 'Stuer og grupper' },
  vulnerableFamiliesShare: {
    unit: 'percent',
    source: 'application',
    label: 'Andel familier i en udsat position (fra ansøgningen)',
  },
  wellBeing: { unit: 'percent', source: 'well_being', label: 'Trivsel (andel børn i grøn trivsel)' },
} as const satisfies Record<string, { unit: FigureUnit; source: (typeof FIGURE_SOURCES)[number]; label: string }>;
export type PrefilledInstitutionKey = keyof typeof PREFILLED_INSTITUTION_FIGURES;

/** Said in place of the well-being figures until the well-being assessments are in use. */
export const WELL_BEING_PENDING = 'Følger, når trivselsvurderinger er i brug';

/** Shown beside every free-text field: the self-analysis is about the municipality, never about a named child. */
export const NO_CHILD_NAMES_HINT = 'Skriv ikke børns navne eller andet, der kan identificere et barn.';

export const MAX_LIST_ITEMS = 20;
/** As many as a course's plan can hold (contracts/courses.ts). */
export const MAX_INSTITUTIONS = 30;

// ── The content (what is saved) ──────────────────────────────────────────
/** The most characters of each text (the form's counters read them too, issue 11 point 5). */
export const SELF_ANALYSIS_LIMITS = { answer: 4000, note: 2000, listItem: 500 } as const;
const Answer = MultiLineText(SELF_ANALYSIS_LIMITS.answer, tooLong('Svaret'));
const Note = MultiLineText(SELF_ANALYSIS_LIMITS.note, tooLong('Bemærkningen'));
const ListItem = SingleLineText(SELF_ANALYSIS_LIMITS.listItem, tooLong('Punktet'));

const UNIT_BOUNDS: Record<FigureUnit, { max: number; integer: boolean; message: string }> = {
  count: { max: 100_000, integer: true, message: 'Skriv et helt tal fra 0 til 100.000' },
  percent: { max: 100, integer: false, message: 'Skriv en andel fra 0 til 100 %' },
  fte: { max: 10_000, integer: false, message: 'Skriv et antal årsværk fra 0 til 10.000' },
  hours: { max: 168, integer: false, message: 'Skriv et antal timer fra 0 til 168 pr. uge' },
};

function figure(unit: FigureUnit) {
  const { max, integer, message } = UNIT_BOUNDS[unit];
  const n = z.number({ error: message }).min(0, message).max(max, message);
  return (integer ? n.int(message) : n).nullable();
}

function figures<K extends string>(template: Record<K, { unit: FigureUnit }>) {
  const shape = Object.fromEntries(
    Object.entries<{ unit: FigureUnit }>(template).map(([key, f]) => [key, figure(f.unit)]),
  );
  return z.strictObject(shape as Record<K, ReturnType<typeof figure>>);
}

function answers<S extends SectionKey>(section: S) {
  const shape = Object.fromEntries(QUESTION_KEYS[section].map((key) => [key, Answer]));
  return z.strictObject(shape as Record<QuestionKey<S>, typeof Answer>);
}

export const MunicipalityCapacity = z.strictObject({ figures: figures(MUNICIPALITY_FIGURES), note: Note });
export const InstitutionCapacity = z.strictObject({ figures: figures(INSTITUTION_FIGURES), note: Note });
export type InstitutionCapacity = z.infer<typeof InstitutionCapacity>;

export const SelfAnalysisContent = z.strictObject({
  leadership: answers('leadership'),
  organisation: answers('organisation'),
  interventions: answers('interventions'),
  capacity: z.strictObject({
    municipality: MunicipalityCapacity,
    /** By institution id; only the course's institutions are accepted. */
    institutions: z
      .record(Uuid, InstitutionCapacity)
      .refine((entries) => Object.keys(entries).length <= MAX_INSTITUTIONS, `Højst ${MAX_INSTITUTIONS} dagtilbud`),
  }),
  strengths: z.array(ListItem).max(MAX_LIST_ITEMS, `Højst ${MAX_LIST_ITEMS} punkter`),
  challenges: z.array(ListItem).max(MAX_LIST_ITEMS, `Højst ${MAX_LIST_ITEMS} punkter`),
});
export type SelfAnalysisContent = z.infer<typeof SelfAnalysisContent>;
export const CONTENT_PARTS = [
  'leadership',
  'organisation',
  'interventions',
  'capacity',
  'strengths',
  'challenges',
] as const;

const emptyAnswers = <S extends SectionKey>(section: S) =>
  Object.fromEntries(QUESTION_KEYS[section].map((key) => [key, ''])) as Record<QuestionKey<S>, string>;
const emptyFigures = <K extends string>(template: Record<K, unknown>) =>
  Object.fromEntries(Object.keys(template).map((key) => [key, null])) as Record<K, number | null>;

export function emptyInstitutionCapacity(): InstitutionCapacity {
  return { figures: emptyFigures(INSTITUTION_FIGURES), note: '' };
}

/** The template with nothing filled in: what a course's self-analysis starts from. */
export function emptySelfAnalysis(): SelfAnalysisContent {
  return {
    leadership: emptyAnswers('leadership'),
    organisation: emptyAnswers('organisation'),
    interventions: emptyAnswers('interventions'),
    capacity: { municipality: { figures: emptyFigures(MUNICIPALITY_FIGURES), note: '' }, institutions: {} },
    strengths: [],
    challenges: [],
  };
}

// ── Prefilled figures ────────────────────────────────────────────────────
export const PrefilledFigure = z.object({
  value: z.number().nullable(),
  source: z.enum(FIGURE_SOURCES),
  /** When the figure was read (organisation) or the application submitted; null while it does not exist yet. */
  asOf: z.string().nullable(),
});
export type PrefilledFigure = z.infer<typeof PrefilledFigure>;

const prefilledOf = <K extends string>(template: Record<K, unknown>) =>
  z.object(
    Object.fromEntries(Object.keys(template).map((key) => [key, PrefilledFigure])) as Record<K, typeof PrefilledFigure>,
  );

export const PrefilledFigures = z.object({
  /** When the figures were read; for a presented self-analysis, when it was presented. */
  asOf: z.string(),
  /** True when these are the figures as they were at the presentation (kept with it). */
  frozen: z.boolean(),
  municipality: prefilledOf(PREFILLED_MUNICIPALITY_FIGURES),
  institutions: z.record(z.string(), prefilledOf(PREFILLED_INSTITUTION_FIGURES)),
});
export type PrefilledFigures = z.infer<typeof PrefilledFigures>;

// ── Requests and responses ───────────────────────────────────────────────
export const SELF_ANALYSIS_STATUSES = ['not_started', 'draft', 'presented'] as const;
export type SelfAnalysisStatus = (typeof SELF_ANALYSIS_STATUSES)[number];

export const SelfAnalysisInstitution = z.object({ id: z.string(), name: z.string(), kind: z.string() });

const INSTITUTION_FIGURE_KEYS = Object.keys(INSTITUTION_FIGURES) as [InstitutionFigureKey, ...InstitutionFigureKey[]];

/** Why a part is missing, as a code with parameters the client words (ADR 24); `institution` is the institution's name. */
export const MissingMessage = z.discriminatedUnion('code', [
  message('section_unanswered', { section: z.enum(SECTION_KEYS) }),
  message('figure_missing', { institution: z.string(), figure: z.enum(INSTITUTION_FIGURE_KEYS) }),
  message('no_strength', {}),
  message('no_challenge', {}),
  message('version_undecided', {}),
]);
export type MissingMessage = z.infer<typeof MissingMessage>;

/** A part that must be filled before presenting: the field (as in a 400's `errors`) and why. */
export const MissingPart = z.object({ field: z.string(), why: MissingMessage });
export type MissingPart = z.infer<typeof MissingPart>;

export const SelfAnalysisConflict = keptEdit(SelfAnalysisContent);
export type SelfAnalysisConflict = z.infer<typeof SelfAnalysisConflict>;

export const SelfAnalysis = z.object({
  courseId: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  roundName: z.string(),
  status: z.enum(SELF_ANALYSIS_STATUSES),
  /** 0 until the first save. */
  version: z.number().int(),
  /** The empty template until the first save. */
  content: SelfAnalysisContent,
  /** The course's institutions (its working groups' and its application's), in that order. */
  institutions: z.array(SelfAnalysisInstitution),
  prefilled: PrefilledFigures,
  /** What must be filled before it can be presented (empty when it can). */
  missing: z.array(MissingPart),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  presentedAt: z.string().nullable(),
  presentedBy: z.string().nullable(),
  /** Saves refused because someone else saved first, kept until someone chooses. */
  conflicts: z.array(SelfAnalysisConflict),
  allowed: z.object({ edit: z.boolean(), present: z.boolean(), reopen: z.boolean(), resolveConflicts: z.boolean() }),
});
export type SelfAnalysis = z.infer<typeof SelfAnalysis>;

export const SaveSelfAnalysisRequest = z.strictObject({
  /** The version the edit started from (0 before the first save). */
  baseVersion: BaseVersion,
  content: SelfAnalysisContent,
});
export const PresentSelfAnalysisRequest = z.strictObject({ version: Version });
export const ReopenSelfAnalysisRequest = z.strictObject({ version: Version });
