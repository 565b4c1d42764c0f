import type { ChecklistKey } from '../../../src/shared/contracts/applications.js';

/** Texts of the application pages (coordinator form, receipt, decision, agreement). */
export const applicationsDa = {
  title: 'Ansøgninger',
  intro:
    'Kommunens ansøgninger til de etårige rådgivnings- og vejledningsforløb: kladder, indsendte ansøgninger, afgørelser og samarbejdsaftaler.',
  introAgency: 'Alle kommuners ansøgninger: kladder, indsendte ansøgninger, afgørelser og samarbejdsaftaler.',
  caption: 'Ansøgninger',
  noApplications: 'Der er ingen ansøgninger endnu. Start en ansøgning fra en åben ansøgningsrunde.',
  seeRounds: 'Se ansøgningsrunderne',
  round: 'Ansøgningsrunde',
  municipality: 'Kommune',
  status: 'Status',
  submittedAt: 'Indsendt',
  outcome: 'Afgørelse',
  notSubmitted: 'Ikke indsendt',
  notDecided: 'Ikke afgjort',
  statuses: { draft: 'Kladde', submitted: 'Indsendt' },
  outcomes: { approved: 'Tilsagn', waitlisted: 'Venteliste', rejected: 'Afslag' },
  readyForCourse: 'Klar til forløb',
  pageTitle: (municipality: string, round: string) => `Ansøgning fra ${municipality} – ${round}`,
  heading: (municipality: string) => `Ansøgning fra ${municipality}`,

  // Round page call to action.
  roundPanelHeading: 'Kommunens ansøgning',
  apply: 'Ansøg',
  applyIntro:
    'Kommunen har ikke ansøgt om et forløb i denne runde endnu. Ansøgningen gemmes som kladde, mens I udfylder den.',
  continueApplication: 'Fortsæt ansøgningen',
  viewApplication: 'Se ansøgningen',
  draftExists: 'Kommunen har en kladde til denne runde. Den er ikke indsendt.',
  submittedExists: (when: string) => `Ansøgningen blev indsendt ${when}.`,
  roundClosedNoApplication: 'Fristen er overskredet, og kommunen ansøgte ikke i denne runde.',
  creating: 'Opretter ansøgning …',

  // Deadline.
  deadline: 'Frist for ansøgning',
  deadlineValue: (when: string) => `${when} (dansk tid)`,
  deadlinePassed: 'Fristen er overskredet',
  deadlinePassedDraft: 'Ansøgningen kan ikke længere indsendes. Kladden er gemt, og intet af det skrevne er gået tabt.',
  period: 'Forløbsperiode',

  // Form sections and fields.
  formLabel: 'Ansøgningsskema',
  formIntro:
    'Ansøgningen gemmes automatisk, mens du skriver. Du kan gå fra den og fortsætte senere. Når alle punkter i tjeklisten er udfyldt, kan du indsende den.',
  contactHeading: 'Kontaktperson',
  contactName: 'Navn',
  contactEmail: 'E-mail',
  contactPhone: 'Telefon',
  institutionsHeading: 'Dagtilbud',
  institutionsHint:
    'Vælg de dagtilbud, der skal deltage i forløbet. For hvert valgt dagtilbud skal behovet dokumenteres.',
  institutionsLegend: 'Deltagende dagtilbud',
  noInstitutions: 'Kommunen har ingen dagtilbud registreret i Indsats.',
  vulnerableShare: 'Andel familier i en udsat position (%)',
  percentHint: 'Et tal mellem 0 og 100.',
  needDocumentation: 'Hvordan er behovet dokumenteret?',
  needDocumentationHint: 'Fx kilde, år og metode.',
  needFor: (name: string) => `Behov i ${name}`,
  familyDaycareShare: 'Andel af kommunens 0–2-årige i dagpleje (%)',
  motivationHeading: 'Motivation',
  motivation: 'Hvorfor ønsker kommunen at deltage?',
  managementHeading: 'Ledelsesmæssig opbakning',
  managementBacking: 'Beskriv ledelsens opbakning til forløbet',
  directorHeading: 'Direktørens tilsagn om ressourcer og forankring',
  resourceCommitment: 'Tilsagn om ressourcer og forankring',
  resourceCommitmentHint: 'Fx medarbejdertid, forplejning og transport, og hvordan indsatsen forankres efter forløbet.',
  directorName: 'Direktørens navn',
  directorTitle: 'Direktørens titel',
  directorSignedOn: 'Dato for underskrift',
  directorFile: 'Underskrevet tilsagn (PDF)',
  directorFileHint: 'Upload det underskrevne tilsagn. Højst 10 MB, kun PDF.',
  directorFileCurrent: 'Uploadet fil',
  evaluationHeading: 'Evaluering',
  evaluationCommitment:
    'Kommunen vil deltage i den eksterne evaluering af forløbet og indsamle de data, evalueringen kræver.',
  invalidEmail: 'Skriv en gyldig e-mailadresse. Feltet gemmes, når adressen er gyldig.',
  invalidPercent: 'Skriv et tal mellem 0 og 100. Feltet gemmes, når tallet er gyldigt.',
  none: 'Ikke udfyldt',
  percentValue: (n: number) => `${String(n).replace('.', ',')} %`,
  yes: 'Ja',
  no: 'Nej',

  // Upload.
  upload: 'Upload',
  uploading: 'Uploader …',
  uploaded: (name: string) => `${name} er uploadet.`,
  chooseFile: 'Vælg en PDF-fil først.',
  fileTooLarge: 'Filen er større end 10 MB. Vælg en mindre PDF-fil.',
  notPdf: 'Filen er ikke en PDF. Vælg en PDF-fil.',
  fileFacts: (size: string, when: string) => `${size}, uploadet ${when}`,
  download: (name: string) => `Hent ${name}`,

  // Autosave.
  saveStatus: 'Status for gemning',
  savedAt: (time: string) => `Gemt kl. ${time}`,
  unsaved: 'Ændringer gemmes om lidt …',
  saveNow: 'Gem nu',

  // Conflicts.

  // Checklist and submission.
  checklistHeading: 'Tjekliste',
  checklistIntro: 'Alle punkter skal være udfyldt, før ansøgningen kan indsendes.',
  checklistDone: 'Udfyldt',
  checklistMissing: 'Mangler',
  checklistComplete: 'Alle punkter er udfyldt. Ansøgningen er klar til at blive indsendt.',
  checklistCount: (done: number, total: number) => `${done} af ${total} punkter er udfyldt.`,
  /** The checklist's items by the code the server sends (the server's own Danish label is the same). */
  checklistLabels: {
    contact: 'Kontaktperson med navn og e-mail',
    institutions: 'Mindst ét dagtilbud valgt',
    need: 'Andel familier i en udsat position og dokumentation for hvert dagtilbud',
    familyDaycareShare: 'Andel af de 0–2-årige i dagpleje',
    motivation: 'Motivation',
    managementBacking: 'Ledelsesmæssig opbakning',
    resourceCommitment: 'Direktørens tilsagn om ressourcer og forankring',
    director: 'Direktørens navn, titel og dato for underskrift',
    directorFile: 'Den underskrevne erklæring fra direktøren (PDF)',
    evaluationCommitment: 'Tilsagn om at deltage i den eksterne evaluering',
  } satisfies Record<ChecklistKey, string>,
  submit: 'Indsend ansøgningen',
  submitting: 'Indsender …',
  submitHeading: 'Indsend ansøgningen',
  submitConfirm: 'Når ansøgningen er indsendt, kan den ikke længere rettes. Du får en kvittering.',
  submitMissing: 'Ansøgningen kan ikke indsendes, før alle punkter i tjeklisten er udfyldt.',
  submitMissingHeading: 'Ansøgningen mangler disse punkter:',
  submitted: 'Ansøgningen er indsendt.',
  deadlinePassedSubmit: 'Fristen er overskredet, så ansøgningen kunne ikke indsendes. Din kladde er gemt.',

  // Read-only view.
  contentHeading: 'Ansøgningens indhold',
  lastSaved: (when: string, by: string) => `Senest gemt ${when} af ${by}.`,

  // Receipt.
  receiptHeading: 'Kvittering',
  receiptText: 'Socialstyrelsen har modtaget ansøgningen.',
  receiptTime: 'Indsendt',
  receiptBy: 'Indsendt af',
  receiptVersion: 'Version',
  receiptReference: 'Referencenummer',
  receiptPdf: 'Hent kvittering (PDF)',

  // Decision.
  decisionHeading: 'Afgørelse',
  decisionPublished: 'Offentliggjort',
  decisionOutcome: 'Resultat',
  waitlistNumber: (n: number) => `Venteliste nr. ${n}`,
  explanation: 'Begrundelse',
  letterDocx: 'Hent afgørelsesbrevet (Word)',
  letterPdf: 'Hent afgørelsesbrevet (PDF)',

  // Agreement.
  agreementHeading: 'Samarbejdsaftale',
  noAgreement: 'Samarbejdsaftalen er ikke sendt endnu.',
  agreementStatus: 'Status',
  agreementStatuses: { sent: 'Sendt', signed: 'Underskrevet' },
  agreementSent: 'Sendt',
  agreementSigned: 'Underskrevet',
  agreementDocx: 'Hent samarbejdsaftalen (Word)',
  agreementPdf: 'Hent samarbejdsaftalen (PDF)',
  agreementSignedPdf: 'Hent den underskrevne aftale (PDF)',
  sendAgreement: 'Send samarbejdsaftale',
  resendAgreement: 'Send aftalen igen med ændringerne',
  sendingAgreement: 'Sender …',
  caseNumber: 'Sagsnummer',
  agreementConfirmHeading: 'Send samarbejdsaftalen?',
  agreementConfirm: 'Send aftalen',
  agreementConfirmText: (municipality: string, name: string, email: string) =>
    `Aftalen sendes til ${municipality} Kommune til underskrift (${name}, ${email}). Læs den igennem herunder, før du sender.`,
  agreementSentNotice: 'Samarbejdsaftalen er sendt til kommunen.',
  adjustTerms: 'Tilpas aftalens oplysninger (frivilligt)',
  adjustTermsHint: 'Tomme felter udfyldes fra ansøgningen og fra dig som afsender.',
  terms: {
    agencyContactName: 'Kontaktperson i Socialstyrelsen',
    agencyContactEmail: 'Kontaktpersonens e-mail i Socialstyrelsen',
    municipalityContactName: 'Kontaktperson i kommunen',
    municipalityContactEmail: 'Kontaktpersonens e-mail i kommunen',
    staffTime: 'Medarbejdertid',
    catering: 'Forplejning',
    transport: 'Transport',
    evaluation: 'Evaluering',
  },
  signedFile: 'Underskrevet samarbejdsaftale (PDF)',
  signedFileHint: 'Upload den underskrevne aftale. Højst 10 MB, kun PDF.',
  agreementSignedNotice: 'Den underskrevne aftale er modtaget.',
  readyText: 'Kommunen er klar til forløbet.',
  /** Fields kept out of the autosave while they cannot be saved (issue 11, point 5). */
  heldBack: (labels: string[]) =>
    `Ikke gemt: ${labels.join(', ')}. Ret ${labels.length === 1 ? 'feltet' : 'felterne'}, så gemmes ${labels.length === 1 ? 'det' : 'de'} også – alt andet er gemt, og intet er skåret væk.`,
  submitFix: 'Ansøgningen kan ikke indsendes endnu. Ret eller udfyld punkterne herunder:',
  needFieldLabel: (institution: string) => `Dokumentation af behovet i ${institution}`,
};
export type ApplicationsMessages = typeof applicationsDa;
