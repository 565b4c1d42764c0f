import type { InstitutionKind, Role } from '../../../src/shared/roles.js';
import { UNDATED_DA } from '../../../src/shared/wording/meetings.da.js';

/** Numbers in the locale's style (thousands separators). */
const num = (n: number): string => new Intl.NumberFormat('da-DK').format(n);

/**
 * The texts the login page and the frame around every page need (header,
 * footer, navigation, errors): loaded first, in a small chunk of their own.
 * da.ts adds the rest, which the logged-in pages load on demand.
 */
export const daCore = {
  locale: 'da',
  intlLocale: 'da-DK',
  otherLocale: { code: 'en', name: 'English', label: 'Read this service in English' },

  common: {
    appName: 'Indsats',
    appTagline: 'Målrettede sociale indsatser i dagtilbud',
    authority: 'Socialstyrelsen',
    titleSuffix: 'Indsats',
    skipLink: 'Gå til sidens indhold',
    loading: 'Henter …',
    saving: 'Gemmer …',
    save: 'Gem',
    cancel: 'Annullér',
    show: 'Vis',
    search: 'Søg',
    clear: 'Nulstil',
    close: 'Luk',
    all: 'Alle',
    none: '–',
    yes: 'Ja',
    no: 'Nej',
    showMore: 'Vis flere',
    optional: ' (frivilligt)',
    /** A meeting without a date, wherever it is listed or shown (issue 11, point 10); "Sæt dato" gives it one. */
    undated: UNDATED_DA,
    errorPrefix: 'Fejl: ',
    errorHeading: 'Der opstod en fejl',
    networkError: 'Vi kunne ikke få forbindelse til Indsats. Tjek din forbindelse, og prøv igen.',
    unknownError: 'Der skete en uventet fejl. Prøv igen om lidt.',
    correlationId: (id: string) => `Fejl-id: ${id}`,
    tryAgain: 'Prøv igen',
    breadcrumbs: 'Brødkrumme',
    alertLabels: { info: 'Information', success: 'Udført', warning: 'Advarsel', error: 'Fejl' },
    fieldErrorsHeading: 'Ret disse felter:',
    tableScrollHint: 'Tabellen er bredere end skærmen: rul sidelæns i den for at se resten.',
  },

  header: {
    mainMenu: 'Hovedmenu',
    menu: 'Menu',
    closeMenu: 'Luk menu',
    logOut: 'Log af',
    user: 'Bruger',
    roleLabel: 'Aktiv rolle',
    switchRole: 'Skift rolle',
    changePassword: 'Skift adgangskode',
    sessions: 'Dine sessioner',
    switchRoleButton: 'Skift',
    roleSwitched: (role: string) => `Du arbejder nu som ${role}.`,
  },

  footer: {
    about:
      'Indsats er Socialstyrelsens og kommunernes platform for målrettede sociale indsatser i dagtilbud og etårige rådgivnings- og vejledningsforløb.',
    apiDocs: 'API-dokumentation',
    accessibility: 'Tilgængelighedserklæring',
    privacy: 'Privatlivspolitik',
    contact: 'Kontakt',
    danishOnly: 'Denne side findes kun på dansk.',
  },

  nav: {
    home: 'Mine opgaver',
    municipalities: 'Kommuner',
    institutions: 'Dagtilbud',
    children: 'Børn',
    users: 'Brugere',
    audit: 'Revisionslog',
    rounds: 'Ansøgningsrunder',
    applications: 'Ansøgninger',
    courses: 'Forløb',
    calendar: 'Kalender',
    assessments: 'Bedømmelser',
    outbox: 'Udbakke',
  },

  roles: {
    national_admin: 'Programadministrator (Socialstyrelsen)',
    consultant: 'Praksiskonsulent',
    assessor: 'Bedømmer',
    coordinator: 'Kommunal tovholder',
    daycare_chief: 'Dagtilbudschef',
    daycare_leader: 'Dagtilbudsleder',
    staff: 'Pædagogisk personale',
    partner: 'Samarbejdspartner',
    evaluator: 'Ekstern evaluator',
  } satisfies Record<Role, string>,

  kinds: {
    nursery: 'Vuggestue',
    kindergarten: 'Børnehave',
    integrated: 'Integreret institution',
    family_daycare: 'Dagpleje',
  } satisfies Record<InstitutionKind, string>,

  login: {
    title: 'Log ind',
    intro: 'Log ind med den e-mail og adgangskode, du har fået af din kommune eller Socialstyrelsen.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    submitting: 'Logger ind …',
    expired: 'Din session er udløbet. Log ind igen for at fortsætte.',
    loggedOut: 'Du er logget af.',
    throttled: (seconds: number) => `For mange mislykkede forsøg. Vent ${seconds} sekunder, og prøv igen.`,
    missing: 'Skriv både e-mail og adgangskode.',
    forgot: 'Glemt adgangskode?',
    passwordSet: 'Din adgangskode er gemt. Log ind med den nu.',
  },

  pagination: {
    label: 'Sideskift',
    previous: 'Forrige',
    next: 'Næste',
    previousPage: 'Forrige side',
    nextPage: 'Næste side',
    page: (n: number) => `Side ${n}`,
    pageOf: (page: number, pages: number) => `Side ${page} af ${pages}`,
    showing: (from: number, to: number, total: number) => `Viser ${from}–${to} af ${total}`,
    /** Under a list paged with "Vis flere". */
    shown: (n: number, more: boolean) => (more ? `Viser de første ${n}` : `Viser alle ${n}`),
    showingOver: (from: number, to: number, total: number) =>
      `Viser ${from}–${to} af over ${new Intl.NumberFormat('da-DK').format(total)}`,
  },

  errors: {
    forbiddenTitle: 'Du har ikke adgang',
    forbiddenText:
      'Din rolle giver ikke adgang til denne side. Har du flere roller, kan du skifte rolle øverst på siden. Ellers kan du kontakte din kommunes tovholder.',
    notFoundTitle: 'Siden findes ikke',
    notFoundText:
      'Vi kunne ikke finde den side, du leder efter. Måske er adressen forkert, eller også er siden flyttet eller slettet.',
    goHome: 'Gå til forsiden',
    /** Translations of the server's problem titles by code; Danish uses the server's own text. */
    problems: {} as Record<string, string>,
  },

  /** The number of tasks beside "Mine opgaver" in the menu (issue 11 point 1). */
  taskCount: (count: number) => `${count} ${count === 1 ? 'opgave' : 'opgaver'}`,
  /** A limited text field's counter and refusal (issue 11, point 5); numbers as Danes write them. */
  textLimit: {
    limit: (max: number) => `Højst ${num(max)} tegn.`,
    count: (n: number, max: number) => `${num(n)} / ${num(max)} tegn`,
    /** Read out when typing pauses. */
    spoken: (n: number, max: number) =>
      n > max
        ? `${num(n - max)} tegn for meget. Højst ${num(max)} tegn.`
        : `${num(max - n)} tegn tilbage af ${num(max)}.`,
    tooLong: (n: number, max: number) =>
      `Teksten er ${num(n)} tegn, men må højst være ${num(max)}. Forkort den med ${num(n - max)} tegn – intet er skåret væk, og feltet gemmes ikke, før teksten er kort nok.`,
  },
};

export type CoreMessages = typeof daCore;
