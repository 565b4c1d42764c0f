import type { VersionConflict } from '../../shared/contracts/edit-conflicts.js';

/**
 * The one application error type. A stable `code` for programs, an HTTP
 * status from the table below, and a Danish message for people.
 */
export const ERROR_CODES = {
  unauthenticated: { status: 401, title: 'Du skal logge ind for at fortsætte.' },
  session_expired: { status: 401, title: 'Din session er udløbet. Log ind igen.' },
  login_failed: { status: 401, title: 'E-mail eller adgangskode er forkert.' },
  login_throttled: {
    status: 429,
    title: 'For mange mislykkede forsøg. Vent lidt, og prøv igen.',
  },
  forbidden: { status: 403, title: 'Du har ikke adgang til denne handling.' },
  csrf_invalid: {
    status: 403,
    title: 'Forespørgslen mangler et gyldigt sikkerhedstoken. Genindlæs siden, og prøv igen.',
  },
  role_not_held: { status: 403, title: 'Du har ikke den valgte rolle.' },
  password_change_required: {
    status: 403,
    title: 'Du skal vælge din egen adgangskode, før du kan fortsætte.',
  },
  account_out_of_reach: {
    status: 403,
    title: 'Brugeren har roller, du ikke kan tildele, og kan derfor ikke ændres af dig. Kontakt Socialstyrelsen.',
  },
  self_management: { status: 403, title: 'Du kan ikke tildele dig selv roller eller sætte din egen adgangskode her.' },
  not_found: { status: 404, title: 'Vi kunne ikke finde det, du leder efter.' },
  validation_failed: { status: 400, title: 'Nogle felter er ikke udfyldt korrekt.' },
  malformed_json: { status: 400, title: 'Forespørgslen er ikke gyldig JSON.' },
  bad_request: { status: 400, title: 'Forespørgslen kunne ikke forstås.' },
  invalid_value: {
    status: 400,
    title:
      'Forespørgslen indeholder en værdi, der ikke kan bruges – fx et tegn, der ikke kan gemmes, eller en dato, der ikke findes. Ret den, og prøv igen.',
  },
  invalid_assignment: { status: 400, title: 'Rolletildelingen passer ikke sammen.' },
  wrong_password: { status: 400, title: 'Den nuværende adgangskode er forkert.' },
  version_conflict: {
    status: 409,
    title: 'En anden har ændret dette, mens du redigerede. Hent den nyeste udgave, og gennemfør din ændring igen.',
  },
  email_taken: { status: 409, title: 'Der findes allerede en bruger med denne e-mail.' },
  assignment_exists: { status: 409, title: 'Brugeren har allerede denne rolle.' },
  last_assignment: { status: 409, title: 'En bruger skal have mindst én rolle. Deaktivér brugeren i stedet.' },
  application_exists: { status: 409, title: 'Kommunen har allerede en ansøgning i denne runde.' },
  deadline_passed: {
    status: 409,
    title: 'Ansøgningsfristen er overskredet, så ansøgningen kan ikke indsendes. Kladden er gemt.',
  },
  application_submitted: { status: 409, title: 'Ansøgningen er indsendt og kan ikke længere ændres.' },
  not_submitted: { status: 409, title: 'Ansøgningen er ikke indsendt endnu.' },
  file_missing: { status: 400, title: 'Vælg en fil at uploade.' },
  unsupported_file: { status: 415, title: 'Filen er ikke en gyldig PDF. Upload den underskrevne erklæring som PDF.' },
  file_too_large: { status: 413, title: 'Filen er for stor. Den må højst fylde 10 MB.' },
  pdf_active_content: {
    status: 422,
    title:
      'PDF’en indeholder JavaScript, automatiske handlinger eller vedhæftede filer og kan ikke uploades. Udskriv eller eksportér den som en almindelig PDF (fx “Udskriv som PDF”), og upload den nye fil.',
  },
  pdf_too_complex: {
    status: 422,
    title:
      'PDF’en er for stor eller for indviklet, når den pakkes ud, til at vi kan kontrollere den. Eksportér den igen som en almindelig PDF, og upload den nye fil.',
  },
  pdf_unsupported: {
    status: 422,
    title:
      'PDF’en er krypteret eller bygget på en måde, vi ikke kan kontrollere. Fjern adgangskoden, eller udskriv den som en almindelig PDF, og upload den nye fil.',
  },
  file_check_busy: {
    status: 503,
    title: 'Der kontrolleres mange filer lige nu. Vent et øjeblik, og upload filen igen.',
  },
  attachment_unsupported: {
    status: 415,
    title:
      'Filtypen kan ikke vedhæftes. Vedhæft PDF, Word (.docx), PowerPoint (.pptx), Excel (.xlsx) eller et billede (PNG, JPEG).',
  },
  attachment_damaged: {
    status: 422,
    title:
      'Filen er beskadiget eller ikke det, den giver sig ud for. Gem eller eksportér den igen, og vedhæft den nye fil.',
  },
  attachment_macros: {
    status: 422,
    title:
      'Filen indeholder makroer, ActiveX-kontroller eller indlejrede programmer og kan ikke vedhæftes. Gem den som et almindeligt dokument (.docx, .pptx eller .xlsx), og vedhæft den nye fil.',
  },
  attachment_encrypted: {
    status: 422,
    title:
      'Filen er beskyttet med adgangskode eller gemt i et gammelt Office-format (.doc, .xls, .ppt). Fjern adgangskoden, eller gem den som .docx, .pptx eller .xlsx.',
  },
  attachment_image_size: {
    status: 422,
    title: 'Billedet er for stort (højst 20.000 punkter på en led og 150 megapixel). Gem det i en mindre størrelse.',
  },
  attachment_too_large: { status: 413, title: 'Filen er for stor til at blive vedhæftet.' },
  attachments_full: {
    status: 409,
    title: 'Mødet har allerede så mange bilag, som det kan have. Slet et bilag, før du vedhæfter et nyt.',
  },
  conflict_undeclared: { status: 409, title: 'Erklær først, om du er inhabil i forhold til ansøgningen.' },
  conflict_of_interest: {
    status: 403,
    title: 'Du har erklæret en interessekonflikt og kan derfor ikke bedømme denne ansøgning.',
  },
  conflict_declared: {
    status: 409,
    title: 'Du har erklæret en interessekonflikt. Den kan kun ophæves af Socialstyrelsens administrator.',
  },
  open_conflicts: {
    status: 409,
    title:
      'Der ligger en særskilt udgave af ansøgningen, som ikke er afklaret. Vælg udgave, før ansøgningen indsendes.',
  },
  assessment_submitted: { status: 409, title: 'Bedømmelsen er indsendt og kan ikke længere ændres.' },
  round_open: { status: 409, title: 'Ansøgningsfristen er ikke overskredet endnu.' },
  decision_published: { status: 409, title: 'Afgørelserne er offentliggjort og kan ikke ændres.' },
  no_decision: { status: 409, title: 'Der er ingen gemt afgørelse at offentliggøre.' },
  not_published: { status: 409, title: 'Afgørelsen er ikke offentliggjort endnu.' },
  not_approved: { status: 409, title: 'Der kan kun sendes samarbejdsaftale til kommuner, der har fået tilsagn.' },
  agreement_signed: { status: 409, title: 'Samarbejdsaftalen er allerede underskrevet.' },
  self_analysis_presented: {
    status: 409,
    title: 'Egenanalysen er fremlagt og kan ikke ændres. Genåbn den først, hvis den skal ændres.',
  },
  self_analysis_not_presented: { status: 409, title: 'Egenanalysen er ikke fremlagt, så der er intet at genåbne.' },
  kept_edit_open: {
    status: 409,
    title: 'Der ligger en særskilt udgave, som ikke er afklaret. Vælg udgave først.',
  },
  confirmation_required: {
    status: 422,
    title: 'Handlingen skal bekræftes, før den udføres. Se, hvad den betyder, og bekræft den.',
  },
  payload_too_large: { status: 413, title: 'Forespørgslen er for stor.' },
  unsupported_media_type: { status: 415, title: 'Indholdstypen understøttes ikke. Send JSON.' },
  method_not_allowed: { status: 405, title: 'Metoden understøttes ikke.' },
  internal: {
    status: 500,
    title: 'Der skete en fejl hos os. Prøv igen om lidt. Kontakt support med fejl-id, hvis det fortsætter.',
  },
  unavailable: { status: 503, title: 'Tjenesten er midlertidigt utilgængelig.' },
  password_link_invalid: {
    status: 400,
    title: 'Linket virker ikke længere: det er brugt, udløbet eller afløst af et nyere. Bed om et nyt.',
  },
  session_is_current: { status: 400, title: 'Den session, du bruger nu, afslutter du ved at logge ud.' },
  outbox_not_failed: {
    status: 409,
    title: 'Kun en e-mail, der er fejlet, kan sendes igen. Denne er sendt eller venter allerede i udbakken.',
  },
  notification_mandatory: {
    status: 400,
    title: 'E-mails om afgørelser og samarbejdsaftaler sendes altid med det samme og kan ikke fravælges.',
  },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  /** On a refused save: the kept version and the current one, for the client's merge (ADR 22). */
  readonly conflict: VersionConflict | undefined;

  constructor(
    code: ErrorCode,
    options: {
      detail?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
      conflict?: VersionConflict;
    } = {},
  ) {
    super(options.detail ?? ERROR_CODES[code].title);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.conflict = options.conflict;
  }
}

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
