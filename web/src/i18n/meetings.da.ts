import { PARTICIPANT_ROLE_DA } from '../../../src/shared/wording/meetings.da.js';

/** Texts of the meetings pages (issue 4). en.ts's counterpart must have the same shape. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const hoursText = (n: number) =>
  `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(n)} ${n === 1 ? 'time' : 'timer'}`;

export const meetingsDa = {
  title: 'Møde',
  noChildNames: 'Skriv ikke børns navne eller andre oplysninger, der kan identificere et barn.',

  // Facts.
  factsHeading: 'Om mødet',
  kind: 'Type',
  group: 'Arbejdsgruppe',
  when: 'Tidspunkt',
  timeRange: (date: string, start: string, end: string) => `${date} kl. ${start}–${end}`,
  status: 'Status',
  location: 'Sted',
  noLocation: 'Ikke angivet',
  otherMunicipalities: 'Rundens andre kommuner',
  noOtherMunicipalities: 'Ingen andre kommuner i runden endnu',

  // Status.
  statusHeading: 'Mødets status',
  markHeld: 'Markér som afholdt',
  cancel: 'Aflys mødet',
  replan: 'Planlæg mødet igen',
  cancelHeading: 'Aflys mødet?',
  cancelText: 'Deltagerne får besked gennem deres kalender. Mødet kan planlægges igen bagefter.',
  cancelInvited: (n: number) =>
    n === 1
      ? 'Én inviteret deltager har mødet i sin kalender, hvor det vises som aflyst.'
      : `${n} inviterede deltagere har mødet i deres kalender, hvor det vises som aflyst.`,
  cancelConfirm: 'Ja, aflys mødet',
  statusChanged: (status: string) => `Mødet er nu ${status.toLowerCase()}.`,
  heldHint: 'Et møde kan markeres som afholdt fra mødedagen. Referatet kan skrives og godkendes bagefter.',

  // Agenda.
  agendaHeading: 'Dagsorden og sted',
  agenda: 'Dagsorden',
  agendaHint: 'Ét punkt pr. linje.',
  noAgenda: 'Der er ingen dagsorden endnu.',
  locationLabel: 'Sted',
  locationHint: 'Adresse, lokale eller link til videomøde.',
  saveAgenda: 'Gem dagsorden og sted',
  agendaSaved: 'Dagsorden og sted er gemt.',
  partConflictHeading: 'En anden har ændret dette, mens du skrev',
  partConflictText: 'Begge udgaver er vist herunder. Vælg, hvilken der skal gælde. Din udgave er ikke gemt endnu.',
  savedVersion: 'Den gemte udgave',
  yourVersion: 'Din udgave',
  useSaved: 'Brug den gemte udgave',
  keepMine: 'Behold min udgave',
  empty: '(tom)',

  // Participants.
  participantsHeading: 'Deltagere, fremmøde og timer',
  participantsIntro:
    'Inviterede deltagere. Registrér, hvem der deltog, og hvor mange timer hver brugte (i kvarte timer, fx 1,75). Timerne indgår senere i omkostningsberegninger.',
  participantsCaption: 'Mødets deltagere',
  noParticipants: 'Der er ingen deltagere på mødet.',
  name: 'Navn',
  role: 'Rolle',
  attended: 'Deltog',
  hours: 'Timer',
  notRecorded: 'Ikke registreret',
  yes: 'Ja',
  no: 'Nej',
  guest: 'gæst',
  roleOf: (name: string) => `Rolle for ${name}`,
  attendedOf: (name: string) => `Deltog ${name}?`,
  hoursOf: (name: string) => `Timer for ${name}`,
  guestName: (n: number) => `Navn på gæst ${n}`,
  remove: (name: string) => `Fjern ${name || 'deltageren'}`,
  addPerson: 'Tilføj en person',
  addPersonHint:
    'Kommunens koordinatorer, dagtilbudschefer og samarbejdspartnere, forløbets dagtilbudsledere og personale samt konsulenten.',
  choosePerson: 'Vælg person',
  nobodyToAdd: 'Alle, der kan inviteres, står allerede på listen.',
  add: 'Tilføj',
  addGuest: 'Tilføj gæst uden login',
  saveParticipants: 'Gem deltagere',
  participantsSaved: 'Deltagerne er gemt.',
  participantsErrorHeading: 'Deltagerne kan ikke gemmes',
  hoursInvalid: 'Skriv timer mellem 0 og 24 i kvarte timer, fx 1,75',
  hoursAbsent: 'Der kan kun registreres timer for deltagere, der var med',
  nameRequired: 'Skriv gæstens navn',
  /** The same words as the minutes document and the Excel export. */
  participantRoles: PARTICIPANT_ROLE_DA,

  // Hours per role.
  hoursHeading: 'Timer pr. rolle',
  hoursCaption: 'Registrerede timer pr. rolle',
  participantsCount: 'Deltagere',
  attendedCount: 'Deltog',
  hoursSum: 'Timer i alt',
  total: 'I alt',
  hoursText,
  noHours: 'Der er ikke registreret timer endnu.',

  // Minutes.
  minutesHeading: 'Referat og beslutninger',
  minutesIntro: 'Referatet kan skrives under eller efter mødet og godkendes bagefter.',
  minutesLabel: 'Referat',
  minutesHint:
    'Brug knapperne eller tastaturet (Ctrl+B fed, Ctrl+I kursiv, Ctrl+Shift+8 punktliste, Ctrl+Shift+7 nummereret liste).',
  toolbar: 'Formatering af referatet',
  bold: 'Fed',
  italic: 'Kursiv',
  bulletList: 'Punktliste',
  orderedList: 'Nummereret liste',
  heading: 'Overskrift',
  noMinutes: 'Der er ikke skrevet referat endnu.',
  minutesStatuses: { none: 'Intet referat', draft: 'Kladde', approved: 'Godkendt' },
  updatedByLine: (by: string) => `Senest gemt af ${by}`,
  approvedLine: (by: string, at: string) => `Godkendt af ${by} ${at}`,
  decisions: 'Beslutninger',
  decisionsHint: 'Én beslutning pr. felt, i den rækkefølge de blev truffet.',
  decisionLabel: (n: number) => `Beslutning ${n}`,
  addDecision: 'Tilføj beslutning',
  removeDecision: (n: number) => `Fjern beslutning ${n}`,
  noDecisions: 'Ingen beslutninger.',
  saveMinutes: 'Gem referat',
  saveStatus: 'Referatets status',
  savedAt: (time: string) => `Gemt kl. ${time}`,
  unsaved: 'Ændringer er ikke gemt',
  minutesErrorHeading: 'Referatet kan ikke gemmes',
  approve: 'Godkend referatet',
  approveUnsaved: 'Gem dine ændringer, før referatet godkendes.',
  approved: 'Referatet er godkendt.',

  // Trials.
  trialsHeading: 'Afprøvninger aftalt på mødet',
  trialsIntro: 'Hvad prøves af i praksis før næste møde, og hvem står for det.',
  noTrials: 'Der er ikke aftalt afprøvninger på mødet.',
  agreeHeading: 'Aftal en afprøvning',
  trialDescription: 'Hvad skal prøves af?',
  trialResponsible: 'Hvem står for det?',
  trialResponsibleHint: 'Fx en stue, en funktion eller en faggruppe.',
  agree: 'Aftal afprøvningen',
  agreed: 'Afprøvningen er aftalt.',
  trialErrorHeading: 'Afprøvningen kan ikke gemmes',
  responsibleText: (who: string) => `Ansvarlig: ${who}`,
  agreedAt: (meeting: string, date: string) => `Aftalt på ${meeting}, ${date}`,
  groupText: (name: string) => `Arbejdsgruppe: ${name}`,
  courseWide: 'Hele forløbet',
  logCount: (n: number, latest: string | null) =>
    n === 0 ? 'Ikke logget endnu' : `${plural(n, 'logning', 'logninger')}${latest ? `, senest ${latest}` : ''}`,
  trialStatuses: { open: 'Åben', completed: 'Gennemført', dropped: 'Droppet' },
  earlierHeading: 'Afprøvninger siden sidst',
  earlierIntro: 'Det, gruppen aftalte på sine tidligere møder, og hvad personalet har logget siden.',
  noEarlier: 'Gruppen har ikke aftalt afprøvninger på tidligere møder.',
  moreLogs: (shown: number, total: number) => `Viser de ${shown} nyeste af ${total} logninger.`,
  seeAllTrials: 'Se alle forløbets afprøvninger',

  // Logs.
  logsHeading: 'Logninger',
  noLogs: 'Ingen logninger endnu.',
  logBy: (name: string, date: string) => `${name}, ${date}`,
  whatTried: 'Hvad prøvede I?',
  whatHappened: 'Hvad skete der?',
  reflection: 'Refleksion',
  reflectionHint: 'Hvad lærte I, og hvad gør I nu?',
  triedOn: 'Dato',
  triedOnHint: 'Dagen I prøvede det – ikke i fremtiden.',
  logTrial: 'Log afprøvningen',
  saveLog: 'Gem logningen',
  logged: 'Logningen er gemt.',
  logErrorHeading: 'Logningen kan ikke gemmes',
  showLogs: (n: number) => `Vis ${plural(n, 'logning', 'logninger')}`,
  hideLogs: 'Skjul logninger',
  closeForm: 'Luk',

  // The course's trials page.
  pageHeading: 'Afprøvninger',
  pageIntro:
    'Det, der er aftalt at prøve af i praksis mellem møderne, og hvad der er sket. Åbne afprøvninger står først.',
  statusFilter: 'Vis',
  allStatuses: 'Alle afprøvninger',
  filterButton: 'Vis',
  listCaption: 'Forløbets afprøvninger',
  noneFound: 'Der er ingen afprøvninger at vise.',
  markCompleted: 'Markér som gennemført',
  drop: 'Drop afprøvningen',
  reopen: 'Genåbn',
  statusSaved: (status: string) => `Afprøvningen er nu ${status.toLowerCase()}.`,
};
export type MeetingsMessages = typeof meetingsDa;
