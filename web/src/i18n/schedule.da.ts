import { scheduleReasonsDa, scheduleViolationsDa } from './schedule-messages.da.js';

/** Texts of the schedule pages (issue 4). en.ts's counterpart must have the same shape. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const scheduleDa = {
  title: 'Mødeplan',
  /** The server's message codes: broken rules, and why there is no plan. */
  violationText: scheduleViolationsDa,
  reasonText: scheduleReasonsDa,

  // A course's meetings (/forloeb/:id/moeder).
  meetingsHeading: 'Møder',
  meetingsPageTitle: (municipality: string) => `Møder – forløb for ${municipality}`,
  meetingsIntro:
    'Forløbets møder med dato og tidspunkt. Indsats foreslår datoer uden om helligdage, ferieuger og konsulentens øvrige møder. Bryder et møde en regel, står det ved mødet.',
  tableHeading: 'Forløbets møder',
  themeDay: (date: string) => `Rundens fælles temadag: ${date}.`,
  rules: 'Regler',
  actions: 'Handling',
  rulesOk: 'Ingen brudte regler',
  brokenRules: (n: number) => plural(n, 'brudt regel', 'brudte regler'),
  move: 'Flyt',
  moveLabel: (title: string) => `Flyt ${title}`,

  // Proposal.
  proposeHeading: 'Forslag til datoer',
  undated: (n: number) => `${plural(n, 'møde', 'møder')} har ingen dato endnu.`,
  allDated: 'Alle forløbets planlagte møder har en dato.',
  propose: 'Foreslå datoer',
  proposing: 'Finder datoer …',
  proposalCaption: 'Foreslåede datoer',
  proposalText: (n: number) =>
    `Forslaget giver ${plural(n, 'møde', 'møder')} en dato. Intet er gemt endnu – se forslaget igennem, og vælg "Brug forslaget".`,
  proposalThemeDay: (date: string) => `Temadagen bliver ${date}.`,
  useProposal: 'Brug forslaget',
  applying: 'Gemmer …',
  discard: 'Kassér forslaget',
  applied: (n: number) => `${plural(n, 'møde', 'møder')} har fået en dato.`,
  leftHeading: (n: number) => `${plural(n, 'møde', 'møder')} får ikke en dato af forslaget`,
  infeasibleHeading: 'Der kan ikke lægges en plan, der holder alle regler',
  proposalStale: 'Møderne er ændret, siden forslaget blev lavet, så intet er gemt. Foreslå datoer igen.',
  meeting: 'Møde',
  municipality: 'Kommune',
  kind: 'Type',
  when: 'Tidspunkt',
  status: 'Status',
  timeRange: (date: string, start: string, end: string) => `${date} kl. ${start}–${end}`,

  // Moving a meeting.
  moveHeading: (title: string) => `Flyt: ${title}`,
  moveIntro: 'Vælg dato og tidspunkt. Flytningen gemmes, også hvis den bryder en regel – så står reglen ved mødet.',
  date: 'Dato',
  dateHint: 'Inden for forløbets periode.',
  start: 'Starter kl.',
  end: 'Slutter kl.',
  timeHint: 'Hele kvarterer mellem 07.00 og 18.00.',
  saveMove: 'Gem flytningen',
  removeFromCalendar: 'Tag mødet af kalenderen',
  cancelMove: 'Annullér',
  moved: (title: string) => `${title} er flyttet.`,
  movedWithBreaks: (title: string) => `${title} er flyttet, men bryder disse regler:`,
  removed: (title: string) => `${title} har ikke længere en dato.`,
  moveConflict:
    'En anden har ændret mødet, mens du arbejdede. Den nyeste udgave er hentet – tjek tidspunktet, og gem igen.',
  moveErrorsHeading: 'Mødet kan ikke flyttes',
  required: 'Skal udfyldes',

  // The round's schedule (/runder/:id/moedeplan).
  roundLink: 'Mødeplan og ferieuger for rundens forløb',
  roundHeading: (round: string) => `Mødeplan: ${round}`,
  roundIntro:
    'Rundens ferieuger og hvor mange møder en konsulent højst holder om dagen gælder for alle rundens forløb. Forslaget for hele runden giver alle møder uden dato en dato og lægger én fælles temadag.',
  settingsHeading: 'Ferieuger og mødegrænse',
  defaultsNote:
    'Runden bruger standardferierne (vinterferie, sommerferie, efterårsferie og juleferie), indtil du gemmer.',
  holidaysLegend: 'Ferieuger',
  holidaysHint: 'Der lægges ingen møder i ferieugerne. Helligdage springes altid over.',
  holidayLegend: (n: number, label: string) => `Ferie ${n}${label ? `: ${label}` : ''}`,
  holidayLabel: 'Navn',
  holidayLabelHint: 'Fx efterårsferie. Står i beskeden, når et møde ligger i ferien.',
  holidayFrom: 'Første dag',
  holidayTo: 'Sidste dag',
  addHoliday: 'Tilføj ferie',
  removeHoliday: (label: string) => `Fjern ${label || 'ferien'}`,
  noHolidays: 'Ingen ferieuger.',
  maxPerDay: 'Højst antal møder pr. konsulent pr. dag',
  maxPerDayHint: 'Der er tre tidsrum om dagen: 9–11, 12–14 og 14–16.',
  saveSettings: 'Gem ferieuger og mødegrænse',
  settingsSaved: 'Ferieuger og mødegrænse er gemt.',
  settingsConflict:
    'En anden har gemt rundens indstillinger, mens du arbejdede. De nyeste er hentet – dine ændringer er stadig i formularen; gem igen for at bruge dem.',
  settingsErrorsHeading: 'Indstillingerne kan ikke gemmes',
  roundProposeHeading: 'Forslag for hele runden',
  roundPropose: 'Foreslå datoer for hele runden',
  roundApplied: (meetings: number, courses: number) =>
    `${plural(meetings, 'møde', 'møder')} i ${plural(courses, 'forløb', 'forløb')} har fået en dato.`,
  roundNothingToPlace: 'Alle rundens planlagte møder har en dato.',

  // The one calendar (/kalender).
  calendarTitle: 'Kalender',
  calendarIntro:
    'Dine møder på tværs af forløb. Et møde, der bryder en regel – fx to kommuner samme dag – er markeret.',
  monthNav: 'Vælg måned',
  previousMonth: 'Forrige måned',
  nextMonth: 'Næste måned',
  thisMonth: 'Denne måned',
  monthHeading: (month: string) => `Møder i ${month}`,
  week: (n: number, range: string) => `Uge ${n} (${range})`,
  noMeetings: 'Ingen møder i denne måned.',
  clashes: (n: number) => `${plural(n, 'møde bryder', 'møder bryder')} en regel denne måned.`,
  consultant: 'Konsulent',
  allConsultants: 'Alle konsulenter',
  show: 'Vis',
  // An undated meeting is given a date, not moved.
  setDate: 'Sæt dato',
  setDateLabel: (title: string) => `Sæt dato for ${title}`,
  setDateHeading: (title: string) => `Sæt dato: ${title}`,
  setDateIntro: 'Vælg dato og tidspunkt. Datoen gemmes, også hvis den bryder en regel – så står reglen ved mødet.',
  saveDate: 'Gem datoen',
};
export type ScheduleMessages = typeof scheduleDa;
