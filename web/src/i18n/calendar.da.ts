/** Texts of the calendar subscription and absence panels (issue 4). en.ts's counterpart must have the same shape. */
export const calendarDa = {
  title: 'Kalender',

  // The personal subscription.
  subscriptionHeading: 'Kalenderabonnement',
  subscriptionIntro:
    'Med et kalenderabonnement kommer dine møder i Indsats ind i din egen kalender – Outlook, Google Kalender eller Apple Kalender. Din kalender henter selv ændringer, så flyttede og aflyste møder bliver opdateret af sig selv. Det kan tage nogle timer, før en ændring ses.',
  subscriptionPrivacy:
    'Linket er personligt og virker uden adgangskode. Del det ikke med andre. Kalenderen viser mødernes titel, tidspunkt og sted – aldrig referater eller oplysninger om børn.',
  statusActive: 'Du har et aktivt kalenderabonnement.',
  statusNone: 'Du har ikke noget kalenderabonnement.',
  createdAt: 'Oprettet',
  lastUsedAt: 'Sidst hentet af din kalender',
  neverUsed: 'Endnu ikke hentet',
  create: 'Opret abonnement',
  renew: 'Lav nyt link',
  revoke: 'Spær abonnement',
  creating: 'Opretter …',
  renewHeading: 'Lav et nyt link?',
  renewText:
    'Det gamle link holder op med at virke med det samme. Du skal derefter tilføje det nye link i din kalender.',
  renewConfirm: 'Lav nyt link',
  revokeHeading: 'Spær kalenderabonnementet?',
  revokeText:
    'Linket holder op med at virke med det samme, og dine møder forsvinder fra kalenderen, næste gang den henter. Du kan altid oprette et nyt abonnement.',
  revokeConfirm: 'Spær abonnement',
  revoked: 'Kalenderabonnementet er spærret. Linket virker ikke længere.',
  linkHeading: 'Dit nye kalenderlink',
  linkOnce: 'Linket vises kun denne ene gang. Tilføj det i din kalender nu. Mister du det, kan du altid lave et nyt.',
  linkLabel: 'Dit personlige kalenderlink',
  copy: 'Kopiér link',
  copied: 'Linket er kopieret.',
  copyFailed: 'Linket kunne ikke kopieres. Markér det, og kopiér det selv.',
  openInCalendar: 'Åbn i kalenderprogram',
  howToHeading: 'Sådan tilføjer du linket',
  howTo: [
    {
      name: 'Outlook',
      text: 'Vælg Kalender → Tilføj kalender → Abonner fra internettet (på nettet: Fra internettet), indsæt linket, og vælg Importér eller Gem.',
    },
    {
      name: 'Google Kalender',
      text: 'Klik på + ud for Andre kalendere → Fra webadresse, indsæt linket, og klik på Tilføj kalender.',
    },
    {
      name: 'Apple Kalender',
      text: 'Vælg Arkiv → Nyt kalenderabonnement (på iPhone: Indstillinger → Kalender → Konti → Tilføj konto → Andet → Tilføj abonnent kalender), indsæt linket, og vælg Abonner.',
    },
  ],

  // A meeting as an invitation.
  invitation: 'Hent som kalenderinvitation (.ics)',

  // Absences.
  absencesHeading: 'Fravær',
  absencesIntro:
    'Dage, hvor du ikke kan holde møder (ferie, kursus, sygdom). Indsats planlægger ikke møder på de dage.',
  absencesCaption: 'Dit fravær',
  absencesShown: 'Viser kommende fravær og fravær fra de seneste 90 dage.',
  noAbsences: 'Du har ikke registreret noget fravær.',
  fromDate: 'Fra og med',
  toDate: 'Til og med',
  note: 'Note',
  noteHint: 'Fx ferie eller kursus. Skriv ikke navne på børn eller andre personoplysninger.',
  actions: 'Handling',
  addHeading: 'Registrér fravær',
  add: 'Registrér fravær',
  adding: 'Registrerer …',
  added: (from: string, to: string) =>
    from === to ? `Fraværet ${from} er registreret.` : `Fraværet ${from} – ${to} er registreret.`,
  remove: 'Slet',
  removeLabel: (period: string) => `Slet fraværet ${period}`,
  removeHeading: 'Slet fraværet?',
  removeText: (period: string) => `Fraværet ${period} bliver slettet, og der kan igen planlægges møder på de dage.`,
  removeConfirm: 'Slet fravær',
  removed: 'Fraværet er slettet.',
  errorHeading: 'Fraværet kunne ikke registreres',
  errors: {
    required: 'Skriv en dato',
    invalidDate: 'Skriv en gyldig dato',
    toBeforeFrom: 'Slutdatoen må ikke ligge før startdatoen',
    tooLong: 'Et fravær må højst vare 2 år',
    noteTooLong: 'Noten må højst være 200 tegn',
  },
};
export type CalendarMessages = typeof calendarDa;
