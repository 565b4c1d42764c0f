import type { SelfAnalysisMessages } from './self-analysis.da.js';

const sectionsEn = {
  leadership: {
    title: 'Leadership',
    intro:
      'Strong professional leadership that can drive the targeted interventions, drawing on relevant data as it goes.',
  },
  organisation: {
    title: 'Organisation',
    intro:
      'A good organisation of the learning environments and good interdisciplinary collaboration supporting the pedagogical work.',
  },
  interventions: {
    title: 'Targeted interventions',
    intro:
      'Interventions that promote participation and learning for children in vulnerable positions and reduce negative social inheritance.',
  },
} satisfies SelfAnalysisMessages['sections'];

const institutionLabelsEn = {
  staff: 'Pedagogical staff (number employed)',
  pedagogueShare: 'Share of trained pedagogues (%)',
  leaderHours: 'Leadership time for pedagogical leadership (hours per week)',
  languageAssessedShare: 'Share of children language-assessed in the last year (%)',
  healthVisitorMeetings: 'Collaboration meetings with health visitors per year',
  childrenWithSupport: 'Children with special support or an interdisciplinary case (number)',
} satisfies SelfAnalysisMessages['enteredLabels']['institution'];

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export const selfAnalysisEn: SelfAnalysisMessages = {
  title: 'Self-analysis',
  pageTitle: (municipality) => `Self-analysis – ${municipality}`,
  intro:
    'The self-analysis gives an overall picture of the municipality’s strengths and challenges in reducing negative social inheritance for children in vulnerable positions – focusing on leadership, organisation and targeted interventions, with an overview of the capacity of the municipality and the selected institutions. It is the basis of the change model.',
  factsLabel: 'About the self-analysis',
  status: 'Status',
  statuses: { not_started: 'Not started', draft: 'Draft', presented: 'Presented' },
  lastSaved: 'Last saved',
  byWhen: (who, when) => `${who}, ${when}`,
  presentedAt: 'Presented',
  downloadPdf: 'Download as PDF',
  downloadPdfDraft: 'Download the draft as PDF',
  readOnly: 'You can read the self-analysis but not change it.',
  presentedNotice: 'The self-analysis has been presented and cannot be changed. Reopen it if it needs changing.',
  formLabel: 'Self-analysis',
  noChildNames: 'Do not write children’s names or anything else that could identify a child.',
  notAnswered: 'Not answered',
  none: '–',

  sections: sectionsEn,
  questions: {
    leadership: {
      backing:
        'How do the administration and daycare management back the work with children in vulnerable positions, and who drives it?',
      data: 'How does management draw on relevant data on the children’s well-being, development and learning?',
      direction: 'How do leaders set the direction for organising staff and the pedagogical learning environment?',
      anchoring:
        'What experience does the municipality have with implementing and anchoring professional interventions in daycare?',
    },
    organisation: {
      learningEnvironments:
        'How are the learning environments organised over the day to support the well-being, development and learning of children in vulnerable positions?',
      interdisciplinary:
        'How is interdisciplinary collaboration organised, e.g. with health visitors, educational psychologists and social workers?',
      parents:
        'How is the collaboration with parents organised, and how are parents involved in their child’s well-being, development and learning?',
      resources:
        'What time and resources has the municipality set aside for the coordinator and for the institutions’ work in the course?',
    },
    interventions: {
      current:
        'Which targeted interventions for children in vulnerable positions do the municipality and the selected institutions have today?',
      competences:
        'How do the institutions work with the children’s personal, language and social competences, including engagement, persistence, empathy and cooperation?',
      concern:
        'How do the institutions notice and follow children whose well-being, development or learning gives cause for concern?',
      results: 'What do the municipality’s own data and experience show about the results of the interventions?',
    },
  },

  capacityHeading: 'Capacity overview',
  capacityIntro:
    'Figures marked “From Indsats” are filled in by Indsats: institutions, groups and children as registered, and shares from the application. The municipality collects and enters the other figures. Enter counts and shares only – never information about individual children.',
  municipalityHeading: (name) => `The municipality: ${name}`,
  institutionHeading: (name, kind) => `${name} (${kind})`,
  noInstitutions: 'The course has no selected institutions yet.',
  prefilledCaption: (name) => `Figures from Indsats – ${name}`,
  enteredLegend: (name) => `Figures the municipality enters – ${name}`,
  enteredCaption: (name) => `Figures entered by the municipality – ${name}`,
  figure: 'Figure',
  value: 'Value',
  source: 'Source',
  fromIndsats: 'From Indsats',
  applicationOn: (date) => `from the application, ${date}`,
  readOn: (date) => `as of ${date}`,
  frozenNote: (when) => `The figures from Indsats are as they were when the self-analysis was presented on ${when}.`,
  liveNote: (when) =>
    `The figures from Indsats were read ${when} and follow along until the self-analysis is presented.`,
  wellBeingPending: 'Follows when well-being assessments are in use',
  notGiven: 'Not given',
  notInApplication: 'Not given in the application',
  prefilledLabels: {
    municipality: {
      institutionsInCourse: 'Institutions in the course',
      childrenInCourse: 'Children in the course’s institutions',
      groupsInCourse: 'Groups in the course’s institutions',
      institutionsInMunicipality: 'Institutions in the municipality',
      childrenInMunicipality: 'Children in the municipality’s institutions',
      familyDaycareShare: 'Share of 0–2-year-olds in family daycare (from the application)',
      wellBeing: 'Well-being (share of children in green)',
    },
    institution: {
      children: 'Children',
      groups: 'Groups',
      vulnerableFamiliesShare: 'Share of families in a vulnerable position (from the application)',
      wellBeing: 'Well-being (share of children in green)',
    },
  },
  enteredLabels: {
    municipality: {
      consultantsFte: 'Pedagogical consultants in the administration (full-time equivalents)',
      coordinatorHours: 'The coordinator’s time for the course (hours per week)',
      healthVisitorsFte: 'Health visitors working with daycare (full-time equivalents)',
      languageAssessedShare: 'Share of 3-year-olds with a language assessment (%)',
      interdisciplinaryMeetings: 'Interdisciplinary meetings about children in daycare per year',
    },
    institution: institutionLabelsEn,
  },
  unitHints: {
    count: 'A whole number.',
    percent: 'A share in per cent from 0 to 100, e.g. 37.5.',
    fte: 'Full-time equivalents, e.g. 2.5.',
    hours: 'Hours per week, e.g. 7.5.',
  },
  invalidFigure: {
    count: 'Enter a whole number from 0 to 100,000',
    percent: 'Enter a share from 0 to 100 %',
    fte: 'Enter full-time equivalents from 0 to 10,000',
    hours: 'Enter hours from 0 to 168 per week',
  },
  figureValue: {
    count: (n) => n,
    percent: (n) => `${n} %`,
    fte: (n) => `${n} FTE`,
    hours: (n) => `${n} hours`,
  },
  note: 'Notes on the figures',
  noteHint: 'E.g. sources and year. Do not write children’s names or anything else that could identify a child.',
  kinds: {
    nursery: 'nursery',
    kindergarten: 'kindergarten',
    integrated: 'integrated institution',
    family_daycare: 'family daycare',
  },

  lists: {
    strengths: {
      heading: 'Strengths',
      intro:
        'What do the municipality and the institutions succeed with in the work with children in vulnerable positions?',
      item: (n) => `Strength ${n}`,
      add: 'Add strength',
      remove: (n) => `Remove strength ${n}`,
      empty: 'There are no strengths yet.',
    },
    challenges: {
      heading: 'Challenges',
      intro: 'What is difficult, and where should the course make a difference?',
      item: (n) => `Challenge ${n}`,
      add: 'Add challenge',
      remove: (n) => `Remove challenge ${n}`,
      empty: 'There are no challenges yet.',
    },
  },
  removeText: 'Remove',
  listFull: (max) => `There can be at most ${max} items.`,

  saveStatus: 'Save status',
  savedAt: (time) => `Saved at ${time}`,
  unsaved: 'Changes will be saved shortly …',
  saveNow: 'Save now',

  parts: {
    leadership: 'Leadership',
    organisation: 'Organisation',
    interventions: 'Targeted interventions',
    capacity: 'Capacity overview',
    strengths: 'Strengths',
    challenges: 'Challenges',
  },
  conflictHeading: 'Someone else saved the self-analysis while you were typing. Both versions are kept.',
  conflictText: 'Compare the two versions and choose the one to build on. Fields that are the same are not shown.',
  conflictCaption: 'Differences between the two versions',
  conflictField: 'Field',
  conflictSaved: (by, when) => `Saved version (${by}, ${when})`,
  conflictKept: (by, when) => `Version not saved (${by}, ${when})`,
  conflictSame: 'The versions are the same. Choose one to continue.',
  conflictReadOnly: 'There is a separate version that someone else needs to decide on.',
  useSaved: 'Keep the saved version',
  useMine: 'Use the version that was not saved',
  resolving: 'Saving your choice …',

  presentHeading: 'Present the self-analysis',
  presentText:
    'Once presented, the self-analysis cannot be changed until someone reopens it. The figures from Indsats are kept with it as they are now.',
  present: 'Present',
  presenting: 'Presenting …',
  presentConfirm: 'Present the self-analysis now? After that it can only be changed if someone reopens it.',
  presentMissingHeading: 'The self-analysis cannot be presented yet',
  presentMissing: 'Fill in what is missing:',
  presented: 'The self-analysis has been presented.',
  reopenHeading: 'Reopen the self-analysis',
  reopenText:
    'Reopen the self-analysis if it needs changing. It becomes a draft again, and the figures from Indsats are read afresh.',
  reopen: 'Reopen',
  reopening: 'Reopening …',
  reopenConfirm: 'Reopen the self-analysis as a draft?',
  reopened: 'The self-analysis has been reopened as a draft.',
  missingHeading: 'Missing before the self-analysis can be presented',
  nothingMissing: 'Everything required is filled in.',
  missing: {
    section_unanswered: ({ section }) => `${sectionsEn[section].title}: Answer at least one of the questions`,
    figure_missing: ({ institution, figure }) => `${institution}: Fill in ${lowerFirst(institutionLabelsEn[figure])}`,
    no_strength: () => 'Strengths: Write at least one strength',
    no_challenge: () => 'Challenges: Write at least one challenge',
    version_undecided: () => 'There is a separate version that nobody has chosen or put away yet',
  },
};
