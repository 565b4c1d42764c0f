/** Texts about the person's own account and about reach in user management. en.ts's counterpart has the same shape. */
export const accountDa = {
  changePassword: {
    title: 'Skift din adgangskode',
    forcedIntro:
      'Din adgangskode er sat af en anden. Vælg din egen, før du fortsætter. Den, der satte den, skal ikke kende din adgangskode.',
    intro: 'Skriv din nuværende adgangskode og den nye, du vil bruge.',
    current: 'Nuværende adgangskode',
    next: 'Ny adgangskode',
    nextHint:
      'Mindst 12 tegn. Ikke en almindelig eller lækket adgangskode, ikke ét tegn gentaget, og ikke dit navn eller din e-mail. Flere ord, der ikke hører sammen, er lette at huske.',
    repeat: 'Gentag den nye adgangskode',
    mismatch: 'De to nye adgangskoder er ikke ens.',
    errorHeading: 'Nogle felter er ikke udfyldt korrekt.',
    missing: 'Udfyld feltet.',
    submit: 'Skift adgangskode',
    submitting: 'Skifter …',
    done: 'Din adgangskode er skiftet.',
  },
  reach: {
    rolesElsewhere: 'Har også roller uden for kommunen',
    outOfReach:
      'Brugeren har roller, du ikke kan tildele. Derfor kan du ikke ændre navn, adgangskode, adgang eller roller. Kontakt Socialstyrelsen, hvis noget skal ændres.',
    mustChangePassword: 'Skal vælge sin egen adgangskode ved næste login',
    ownAccount:
      'Det er din egen bruger. Din adgangskode skifter du under »Skift adgangskode«, og roller tildeles af en anden.',
  },
  forgot: {
    title: 'Glemt adgangskode',
    intro:
      'Skriv den e-mail, du logger ind med. Hører den til en bruger af Indsats, sender vi et link, så du kan vælge en ny adgangskode.',
    email: 'E-mail',
    missing: 'Skriv din e-mail.',
    submit: 'Send link',
    submitting: 'Sender …',
    sentHeading: 'Tjek din e-mail',
    sent: (email: string) =>
      `Hører ${email} til en bruger af Indsats, har vi sendt et link dertil. Det virker én gang og gælder i en time. Kommer der ingen e-mail, så tjek adressen og dit spamfilter, eller kontakt din kommunes tovholder.`,
    throttled: (seconds: number) => `Du har bedt om mange links. Vent ${seconds} sekunder, og prøv igen.`,
    back: 'Tilbage til log ind',
  },
  setPassword: {
    titleInvitation: 'Vælg din adgangskode',
    titleReset: 'Vælg en ny adgangskode',
    greeting: (name: string, email: string) => `Hej ${name}. Du logger ind med ${email}.`,
    validUntil: (until: string) => `Linket gælder til ${until} og virker én gang.`,
    invalidHeading: 'Linket virker ikke',
    invalidText:
      'Linket er brugt, udløbet eller afløst af et nyere. Bed om et nyt under »Glemt adgangskode«, eller bed den, der oprettede dig, om at sende invitationen igen.',
    askNew: 'Bed om et nyt link',
    next: 'Ny adgangskode',
    repeat: 'Gentag adgangskoden',
    submit: 'Gem adgangskode',
    submitting: 'Gemmer …',
  },
  sessions: {
    title: 'Dine sessioner',
    intro:
      'De steder, du er logget ind med din bruger. Kender du ikke en af dem, så afslut den og skift din adgangskode.',
    caption: 'Dine åbne sessioner',
    browser: 'Browser',
    started: 'Logget ind',
    lastUsed: 'Senest brugt',
    address: 'Adresse',
    role: 'Rolle',
    current: 'Denne session',
    end: 'Afslut',
    endLabel: (browser: string) => `Afslut sessionen i ${browser}`,
    endAll: 'Afslut alle andre sessioner',
    ended: 'Sessionen er afsluttet.',
    endedAll: (n: number) => (n === 1 ? 'Én anden session er afsluttet.' : `${n} andre sessioner er afsluttet.`),
    onlyThis: 'Du er kun logget ind her.',
    unknownBrowser: 'Ukendt browser',
    browserOn: (browser: string | null, system: string | null) =>
      browser && system ? `${browser} på ${system}` : (browser ?? (system ? `Browser på ${system}` : 'Ukendt browser')),
  },
  links: {
    created: (name: string) => `${name} er oprettet og har fået en invitation på e-mail.`,
    heading: 'Adgangskode',
    explain:
      'Ingen sætter en andens adgangskode. Brugeren får et link på e-mail og vælger den selv. Et nyt link gør det forrige ugyldigt.',
    pendingInvitation: (until: string) => `Invitationen er sendt og gælder til ${until}.`,
    pendingReset: (until: string) => `Et link til ny adgangskode er sendt og gælder til ${until}.`,
    sendInvitation: 'Send invitationen igen',
    sendReset: 'Send link til ny adgangskode',
    sending: 'Sender …',
    sent: (email: string) => `Linket er sendt til ${email}.`,
  },
};
