import { MEETING_STATUS_DA } from '../../../src/shared/wording/meetings.da.js';

/** Texts of the course pages (list, course with plan and meetings, plan editor). */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const coursesDa = {
  title: 'Forløb',
  intro:
    'De etårige rådgivnings- og vejledningsforløb, du har adgang til: kommune, runde, periode og praksiskonsulent.',
  caption: 'Forløb',
  noCourses:
    'Der er ingen forløb, du har adgang til. Et forløb oprettes, når kommunens samarbejdsaftale er underskrevet.',
  municipality: 'Kommune',
  round: 'Ansøgningsrunde',
  period: 'Periode',
  consultant: 'Praksiskonsulent',
  noConsultant: 'Ingen konsulent endnu',
  meetingCount: 'Møder',
  heading: (municipality: string) => `Forløb for ${municipality}`,
  pageTitle: (municipality: string, round: string) => `Forløb for ${municipality} – ${round}`,
  navLabel: 'Forløbets sider',
  guestNote:
    'Du er inviteret til dette møde som gæst. Du kan læse dagsorden, beslutninger, de afprøvninger, der blev aftalt, og referatet, når det er godkendt – ikke resten af forløbet.',
  planPageHeading: 'Plan og møder',
  tabs: {
    overview: 'Overblik',
    meetings: 'Møder',
    trials: 'Afprøvninger',
    selfAnalysis: 'Egenanalyse',
    changeModel: 'Forandringsmodel',
    plan: 'Plan',
  },

  // The plan in words.
  planHeading: 'Forløbets plan',
  kickoff: 'Opstartsmøde med dagtilbudschef og tovholder',
  sparringText: (n: number) => `${plural(n, 'sparringsmøde', 'sparringsmøder')} med tovholderen`,
  steeringText: (n: number) => plural(n, 'styregruppemøde', 'styregruppemøder'),
  leaderSparringText: (n: number) => `${plural(n, 'sparringsmøde', 'sparringsmøder')} for dagtilbudsledere`,
  workingGroupsText: (n: number) => plural(n, 'arbejdsgruppe', 'arbejdsgrupper'),
  noWorkingGroups: 'Ingen arbejdsgrupper',
  groupText: (name: string, meetings: number, institutions: number) =>
    `${name} (${plural(meetings, 'møde', 'møder')}${institutions > 1 ? `, fælles for ${institutions} dagtilbud` : ''})`,
  themeDayText: 'Temadag med rundens kommuner',
  noThemeDay: 'Ingen temadag',
  conferencesText: (n: number) => plural(n, 'landsdækkende konference', 'landsdækkende konferencer'),
  extraText: (n: number) => plural(n, 'ekstra møde', 'ekstra møder'),
  totalText: (n: number) => `I alt ${plural(n, 'møde', 'møder')}`,

  // Meetings.
  meetingsHeading: 'Møder',
  meetingsCaption: 'Forløbets møder',
  meetingTitle: 'Møde',
  kind: 'Type',
  when: 'Tidspunkt',
  status: 'Status',
  timeRange: (date: string, start: string, end: string) => `${date} kl. ${start}–${end}`,
  kinds: {
    kickoff: 'Opstartsmøde',
    sparring: 'Sparring med tovholder',
    steering: 'Styregruppemøde',
    leader_sparring: 'Ledersparring',
    working_group: 'Arbejdsgruppemøde',
    theme_day: 'Temadag',
    conference: 'Konference',
    extra: 'Ekstra møde',
  },
  /** The same words as the minutes document and the Excel export. */
  statuses: MEETING_STATUS_DA,

  // Consultant.
  consultantHeading: 'Praksiskonsulent',
  consultantLabel: 'Forløbets praksiskonsulent',
  consultantHint: 'Brugere med rollen praksiskonsulent.',
  noneOption: 'Ingen konsulent',
  saveConsultant: 'Gem konsulent',
  consultantSaved: (name: string | null) =>
    name ? `${name} er nu forløbets praksiskonsulent.` : 'Forløbet har nu ingen praksiskonsulent.',
  noConsultants: 'Der er ingen brugere med rollen praksiskonsulent.',
  conflictText:
    'En anden har ændret forløbet, mens du arbejdede. Den nyeste udgave er hentet; se den igennem, og gem igen.',

  // Plan editor.
  editHeading: 'Tilpas planen',
  editIntro: 'Antal møder, arbejdsgrupper og ekstra møder. Møder, der allerede er afholdt, kan ikke fjernes.',
  sparring: 'Sparringsmøder med tovholderen',
  sparringHint: 'Fra 0 til 24.',
  leaderSparring: 'Sparringsmøder for dagtilbudsledere',
  leaderSparringHint: 'Fra 0 til 12.',
  conferences: 'Landsdækkende konferencer',
  conferencesHint: 'Fra 0 til 4.',
  steering: 'Styregruppemøder',
  steeringFixed: 'Forløbet har altid tre styregruppemøder: ved start, midtvejs og ved afslutning.',
  themeDay: 'Temadag med rundens kommuner',
  yes: 'Ja',
  no: 'Nej',
  groupsLegend: 'Arbejdsgrupper',
  groupsHint:
    'Ét dagtilbud giver en gruppe for sig; flere dagtilbud giver en fælles gruppe. Højst ni møder pr. gruppe.',
  groupLegend: (n: number, name: string) => `Arbejdsgruppe ${n}${name ? `: ${name}` : ''}`,
  groupName: 'Gruppens navn',
  groupInstitutions: 'Dagtilbud i gruppen',
  groupMeetings: 'Antal møder',
  groupMeetingsHint: 'Fra 1 til 9.',
  limitedInstitutions:
    'Du kan ikke se kommunens liste over dagtilbud. Du kan vælge blandt dagtilbuddene, der allerede er med i planen; de står under navnet på den gruppe, de var med i.',
  noInstitutionsToChoose: 'Der er ingen dagtilbud at vælge.',
  addGroup: 'Tilføj arbejdsgruppe',
  removeGroup: (name: string) => `Fjern ${name || 'arbejdsgruppen'}`,
  newGroupName: (n: number) => `Arbejdsgruppe ${n}`,
  extraLegend: 'Ekstra møder',
  extraHint: 'Møder ud over den typiske plan, fx et ekstra møde med forvaltningen.',
  extraTitle: (n: number) => `Titel på ekstra møde ${n}`,
  addExtra: 'Tilføj ekstra møde',
  removeExtra: (title: string) => `Fjern ${title || 'det ekstra møde'}`,
  noExtra: 'Ingen ekstra møder.',
  preview: (n: number) => `Planen giver ${plural(n, 'møde', 'møder')}.`,
  planConflictText:
    'En anden har gemt en ny udgave af planen, mens du arbejdede. Hent den nyeste plan, eller behold dine ændringer og gem dem oven i.',
  loadLatest: 'Hent den nyeste plan',
  keepMine: 'Behold mine ændringer',
  confirmDropHeading: 'Fjern møder fra forløbet?',
  confirmDrop: 'Gem planen og fjern møderne',
  savePlan: 'Gem planen',
  planSaved: (n: number) => `Planen er gemt. Forløbet har nu ${plural(n, 'møde', 'møder')}.`,
  seeMeetings: 'Se forløbets møder',
  errorHeading: 'Planen kan ikke gemmes',
  refused: 'Planen kan ikke gemmes',
  required: 'Skal udfyldes',
  wholeNumber: (min: number, max: number) => `Skriv et helt tal fra ${min} til ${max}`,
  chooseInstitution: 'Vælg mindst ét dagtilbud',
};
export type CoursesMessages = typeof coursesDa;
