import { missingPartsDa } from '../../../src/shared/wording/self-analysis.da.js';
import {
  INSTITUTION_FIGURES,
  MUNICIPALITY_FIGURES,
  PREFILLED_INSTITUTION_FIGURES,
  PREFILLED_MUNICIPALITY_FIGURES,
  SECTION_TEMPLATE,
  type FigureUnit,
  type SectionKey,
} from '../../../src/shared/contracts/self-analysis.js';

const labelsOf = <K extends string>(template: Record<K, { label: string }>) =>
  Object.fromEntries(Object.entries<{ label: string }>(template).map(([key, f]) => [key, f.label])) as Record<
    K,
    string
  >;

/** Texts of the self-analysis pages (issue 4). en.ts's counterpart must have the same shape. The template's Danish texts come from the shared contract. */
export const selfAnalysisDa = {
  title: 'Egenanalyse',
  pageTitle: (municipality: string) => `Egenanalyse – ${municipality}`,
  intro:
    'Egenanalysen giver et overordnet billede af kommunens styrker og udfordringer i arbejdet med at mindske den negative sociale arv for børn i udsatte positioner – med fokus på ledelse, organisering og målrettede indsatser og et overblik over kommunens og de udvalgte dagtilbuds kapacitet. Analysen er grundlaget for forandringsmodellen.',
  factsLabel: 'Om egenanalysen',
  status: 'Status',
  statuses: { not_started: 'Ikke påbegyndt', draft: 'Kladde', presented: 'Fremlagt' },
  lastSaved: 'Senest gemt',
  byWhen: (who: string, when: string) => `${who}, ${when}`,
  presentedAt: 'Fremlagt',
  downloadPdf: 'Hent som PDF',
  downloadPdfDraft: 'Hent kladden som PDF',
  readOnly: 'Du kan læse egenanalysen, men ikke ændre den.',
  presentedNotice: 'Egenanalysen er fremlagt og kan ikke ændres. Genåbn den, hvis den skal ændres.',
  formLabel: 'Egenanalyse',
  noChildNames: 'Skriv ikke børns navne eller andet, der kan identificere et barn.',
  notAnswered: 'Ikke besvaret',
  none: '–',

  sections: {
    leadership: { title: SECTION_TEMPLATE.leadership.title, intro: SECTION_TEMPLATE.leadership.intro },
    organisation: { title: SECTION_TEMPLATE.organisation.title, intro: SECTION_TEMPLATE.organisation.intro },
    interventions: { title: SECTION_TEMPLATE.interventions.title, intro: SECTION_TEMPLATE.interventions.intro },
  } satisfies Record<SectionKey, { title: string; intro: string }>,
  questions: {
    leadership: SECTION_TEMPLATE.leadership.questions,
    organisation: SECTION_TEMPLATE.organisation.questions,
    interventions: SECTION_TEMPLATE.interventions.questions,
  },

  capacityHeading: 'Kapacitetsoverblik',
  capacityIntro:
    'Tal mærket “Fra Indsats” henter Indsats selv: dagtilbud, stuer og børn, som de er registreret, og andele fra ansøgningen. De øvrige tal indsamler og indtaster kommunen. Skriv kun antal og andele – aldrig oplysninger om enkelte børn.',
  municipalityHeading: (name: string) => `Kommunen: ${name}`,
  institutionHeading: (name: string, kind: string) => `${name} (${kind})`,
  noInstitutions: 'Forløbet har endnu ingen udvalgte dagtilbud.',
  prefilledCaption: (name: string) => `Tal fra Indsats – ${name}`,
  enteredLegend: (name: string) => `Tal, kommunen indtaster – ${name}`,
  enteredCaption: (name: string) => `Tal, kommunen har indtastet – ${name}`,
  figure: 'Tal',
  value: 'Værdi',
  source: 'Kilde',
  fromIndsats: 'Fra Indsats',
  applicationOn: (date: string) => `fra ansøgningen, ${date}`,
  readOn: (date: string) => `opgjort ${date}`,
  frozenNote: (when: string) => `Tallene fra Indsats er, som de var, da egenanalysen blev fremlagt ${when}.`,
  liveNote: (when: string) => `Tallene fra Indsats er hentet ${when} og følger med, indtil egenanalysen fremlægges.`,
  wellBeingPending: 'Følger, når trivselsvurderinger er i brug',
  notGiven: 'Ikke oplyst',
  notInApplication: 'Ikke oplyst i ansøgningen',
  prefilledLabels: {
    municipality: labelsOf(PREFILLED_MUNICIPALITY_FIGURES),
    institution: labelsOf(PREFILLED_INSTITUTION_FIGURES),
  },
  enteredLabels: {
    municipality: labelsOf(MUNICIPALITY_FIGURES),
    institution: labelsOf(INSTITUTION_FIGURES),
  },
  unitHints: {
    count: 'Et helt tal.',
    percent: 'En andel i procent fra 0 til 100, fx 37,5.',
    fte: 'Antal årsværk, fx 2,5.',
    hours: 'Antal timer pr. uge, fx 7,5.',
  } satisfies Record<FigureUnit, string>,
  invalidFigure: {
    count: 'Skriv et helt tal fra 0 til 100.000',
    percent: 'Skriv en andel fra 0 til 100 %',
    fte: 'Skriv et antal årsværk fra 0 til 10.000',
    hours: 'Skriv et antal timer fra 0 til 168 pr. uge',
  } satisfies Record<FigureUnit, string>,
  figureValue: {
    count: (n: string) => n,
    percent: (n: string) => `${n} %`,
    fte: (n: string) => `${n} årsværk`,
    hours: (n: string) => `${n} timer`,
  } satisfies Record<FigureUnit, (n: string) => string>,
  note: 'Bemærkninger til tallene',
  noteHint: 'Fx kilder og år. Skriv ikke børns navne eller andet, der kan identificere et barn.',
  kinds: {
    nursery: 'vuggestue',
    kindergarten: 'børnehave',
    integrated: 'integreret institution',
    family_daycare: 'dagpleje',
  } as Record<string, string>,

  lists: {
    strengths: {
      heading: 'Styrker',
      intro: 'Hvad lykkes kommunen og dagtilbuddene med i arbejdet med børn i udsatte positioner?',
      item: (n: number) => `Styrke ${n}`,
      add: 'Tilføj styrke',
      remove: (n: number) => `Fjern styrke ${n}`,
      empty: 'Der er ingen styrker endnu.',
    },
    challenges: {
      heading: 'Udfordringer',
      intro: 'Hvad er svært, og hvor skal forløbet sætte ind?',
      item: (n: number) => `Udfordring ${n}`,
      add: 'Tilføj udfordring',
      remove: (n: number) => `Fjern udfordring ${n}`,
      empty: 'Der er ingen udfordringer endnu.',
    },
  },
  removeText: 'Fjern',
  listFull: (max: number) => `Der kan højst være ${max} punkter.`,

  saveStatus: 'Status for gemning',
  savedAt: (time: string) => `Gemt kl. ${time}`,
  unsaved: 'Ændringer gemmes om lidt …',
  saveNow: 'Gem nu',

  parts: {
    leadership: SECTION_TEMPLATE.leadership.title,
    organisation: SECTION_TEMPLATE.organisation.title,
    interventions: SECTION_TEMPLATE.interventions.title,
    capacity: 'Kapacitetsoverblik',
    strengths: 'Styrker',
    challenges: 'Udfordringer',
  },
  conflictHeading: 'En anden har gemt egenanalysen, mens du skrev. Begge udgaver er gemt.',
  conflictText:
    'Sammenlign de to udgaver, og vælg den, egenanalysen skal bygge videre på. Felter, der er ens, vises ikke.',
  conflictCaption: 'Forskelle mellem de to udgaver',
  conflictField: 'Felt',
  conflictSaved: (by: string, when: string) => `Gemt udgave (${by}, ${when})`,
  conflictKept: (by: string, when: string) => `Udgave der ikke blev gemt (${by}, ${when})`,
  conflictSame: 'Udgaverne er ens. Vælg en af dem for at fortsætte.',
  conflictReadOnly: 'Der ligger en særskilt udgave, som en anden skal tage stilling til.',
  useSaved: 'Behold den gemte udgave',
  useMine: 'Brug udgaven, der ikke blev gemt',
  resolving: 'Gemmer valget …',

  presentHeading: 'Fremlæg egenanalysen',
  presentText:
    'Når egenanalysen er fremlagt, kan den ikke ændres, før nogen genåbner den. Tallene fra Indsats gemmes med den, som de er nu.',
  present: 'Fremlæg',
  presenting: 'Fremlægger …',
  presentConfirm: 'Vil du fremlægge egenanalysen nu? Den kan derefter kun ændres, hvis nogen genåbner den.',
  presentMissingHeading: 'Egenanalysen kan ikke fremlægges endnu',
  presentMissing: 'Udfyld det, der mangler:',
  presented: 'Egenanalysen er fremlagt.',
  reopenHeading: 'Genåbn egenanalysen',
  reopenText:
    'Genåbn egenanalysen, hvis den skal ændres. Den bliver en kladde igen, og tallene fra Indsats hentes på ny.',
  reopen: 'Genåbn',
  reopening: 'Genåbner …',
  reopenConfirm: 'Vil du genåbne egenanalysen som kladde?',
  reopened: 'Egenanalysen er genåbnet som kladde.',
  missingHeading: 'Det mangler, før egenanalysen kan fremlægges',
  nothingMissing: 'Alt det nødvendige er udfyldt.',
  /** What a self-analysis lacks; the server's 400 words it the same way. */
  missing: missingPartsDa,
};
export type SelfAnalysisMessages = typeof selfAnalysisDa;
