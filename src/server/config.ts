import { resolve } from 'node:path';
import { z } from 'zod';
import { configureZod } from '../shared/zod-config.js';
import { danishInstant } from './time/danish-instant.js';
import { clockFrom, systemClock, type Clock } from './core/clock.js';
import { parseTrustProxy, TRUST_PROXY_HINT, type TrustProxy } from './http/trust-proxy.js';

const flag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const CLOCK_SETTING = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** INDSATS_CLOCK's instant: a Danish date (at 09:00) or date and time; NaN for a day or time that does not exist. */
function clockStart(setting: string): Date {
  const [, date = '', hour = '09', minute = '00'] = CLOCK_SETTING.exec(setting) ?? [];
  const real =
    !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!real || Number(hour) > 23 || Number(minute) > 59) return new Date(Number.NaN);
  return danishInstant(date, `${hour}:${minute}`);
}

/** 'Navn <adresse>' or 'adresse' → name and address; null when it is not a plain address (or the name has a quote). */
export function mailbox(value: string): { name: string; email: string } | null {
  const match = /^\s*(?:(.*?)\s*<([^<>\s]+)>|([^<>\s]+))\s*$/.exec(value);
  const email = match?.[2] ?? match?.[3];
  const name = (match?.[1] ?? '').trim();
  if (!email || !z.email().safeParse(email).success || /["\p{Cc}]/u.test(name)) return null;
  return { name: name || email, email };
}

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  DATABASE_URL: z.string().url().optional(),
  INDSATS_DATA_DIR: z.string().default('./data'),
  INDSATS_DEMO: flag.default(true),
  INDSATS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  INDSATS_TRUST_PROXY: z
    .string()
    .default('0')
    .transform((v, ctx) => {
      const trust = parseTrustProxy(v);
      if (!trust) ctx.addIssue({ code: 'custom', message: TRUST_PROXY_HINT });
      return trust ?? { kind: 'none' as const };
    }),
  INDSATS_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  INDSATS_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  INDSATS_SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  INDSATS_AUDIT_ACCESS_RETENTION_DAYS: z.coerce.number().int().min(1).default(183),
  INDSATS_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).default(1827),
  INDSATS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  INDSATS_FILES_DIR: z.string().optional(),
  INDSATS_ATTACHMENT_MAX_MB: z.coerce.number().int().min(1).max(100).default(25),
  INDSATS_ATTACHMENTS_PER_MEETING: z.coerce.number().int().min(1).max(200).default(30),
  INDSATS_SMTP_URL: z.string().url().optional(),
  INDSATS_MAIL_FROM: z.string().default('Indsats <noreply@indsats.example>'),
  INDSATS_MAIL_ORGANIZER: z
    .string()
    .refine((v) => mailbox(v) !== null, 'skal være en e-mailadresse, evt. med navn: Navn <adresse@eksempel.dk>')
    .optional(),
  INDSATS_PUBLIC_URL: z.string().url().optional(),
  INDSATS_CLOCK: z
    .string()
    .regex(CLOCK_SETTING, 'skal være en dansk dato eller et tidspunkt: ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTtt:mm')
    .refine((v) => !Number.isNaN(clockStart(v).getTime()), 'er ikke en dato, der findes')
    .optional(),
  INDSATS_CLOCK_IN_PRODUCTION: flag.default(false),
  INDSATS_INVITATION_HOURS: z.coerce.number().int().min(1).max(720).default(72),
  INDSATS_RESET_MINUTES: z.coerce.number().int().min(5).max(1440).default(60),
  INDSATS_LETTER_CONTACT_NAME: z
    .string()
    .trim()
    .min(2, 'skal være et navn på mindst 2 tegn')
    .max(200, 'må højst være 200 tegn')
    .default('Birgitte Holm, Socialstyrelsen'),
  INDSATS_LETTER_CONTACT_EMAIL: z
    .string()
    .email('skal være en e-mailadresse, fx dagtilbud@socialstyrelsen.example')
    .default('dagtilbud@socialstyrelsen.example'),
  INDSATS_LETTER_CONTACT_PHONE: z
    .string()
    .regex(/^\+?[0-9][0-9 ]{5,18}$/, 'skal være et telefonnummer med cifre og mellemrum, fx 72 42 37 00')
    .default('72 42 37 00'),
  INDSATS_LETTER_COMPLAINTS: z
    .string()
    .trim()
    .min(40, 'skal være en klagevejledning på mindst 40 tegn')
    .max(3000, 'må højst være 3000 tegn')
    .optional(),
  NODE_ENV: z.string().optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  logLevel: string;
  /** Which proxies are believed about the client's address and protocol (http/trust-proxy.ts). */
  trustProxy: TrustProxy;
  bodyLimit: number;
  session: { idleMinutes: number; absoluteHours: number };
  audit: { accessRetentionDays: number; retentionDays: number };
  poolSize: number;
  /** Where uploaded documents are stored (default: the data folder's files/). */
  filesDir: string;
  /** Meeting attachments: the largest file, and how many one meeting may have (ADR 30). */
  attachments: { maxBytes: number; maxPerMeeting: number };
  /**
   * `organizer`: the ORGANIZER of an invitation to a meeting whose course has no
   * consultant (a theme day, a conference) – INDSATS_MAIL_ORGANIZER, else the sender.
   */
  mail: { smtpUrl: string | undefined; from: string; organizer: { name: string; email: string } };
  /** The address users reach the service on, for links in e-mails. */
  publicUrl: string;
  /** Whether INDSATS_PUBLIC_URL was set; else links shown in the browser use the request's own origin. */
  publicUrlConfigured: boolean;
  /**
   * Where the server reads "now" from: the system clock, or with INDSATS_CLOCK a
   * clock that starts on the given day and runs on from there (the app "as on" a date).
   */
  clock: Clock;
  /** INDSATS_CLOCK as given, for the start-up message; undefined when the system clock is used. */
  clockSetting: string | undefined;
  /** How long a link to set a password lives: an invitation, a reset (docs/adr/0028). */
  passwordLinks: { invitationHours: number; resetMinutes: number };
  /** The agency's contact person and the complaints paragraph (klagevejledning) of every decision letter. */
  letters: LetterSettings;
}

export interface LetterSettings {
  contact: { name: string; email: string; phone: string };
  complaints: string;
}

/** The organiser when INDSATS_MAIL_FROM is not a plain address either. */
const FALLBACK_ORGANIZER = { name: 'Indsats', email: 'noreply@indsats.example' };

/** The klagevejledning when INDSATS_LETTER_COMPLAINTS is not set. */
export const DEFAULT_COMPLAINTS =
  'Socialstyrelsens afgørelse om udvælgelse til forløbet kan ikke indbringes for anden administrativ myndighed. ' +
  'Er I uenige i afgørelsen, kan I inden fire uger skrive til kontaktpersonen og bede Socialstyrelsen genoverveje den. ' +
  'I kan også klage over Socialstyrelsens sagsbehandling til Folketingets Ombudsmand, www.ombudsmanden.dk. ' +
  'I har ret til aktindsigt i sagens dokumenter, jf. forvaltningsloven.';

/** Reads the configuration from the environment; a bad value stops the start with a named variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  configureZod();
  // An empty variable counts as unset (DATABASE_URL= means "use PGlite").
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Ugyldig konfiguration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.INDSATS_CLOCK && e.NODE_ENV === 'production' && !e.INDSATS_CLOCK_IN_PRODUCTION) {
    throw new Error(
      'Ugyldig konfiguration:\n  INDSATS_CLOCK: et indstillet ur bruges ikke i drift (NODE_ENV=production). ' +
        'Sæt også INDSATS_CLOCK_IN_PRODUCTION=1, hvis det er meningen.',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.INDSATS_DATA_DIR),
    demo: e.INDSATS_DEMO,
    logLevel: e.INDSATS_LOG_LEVEL,
    trustProxy: e.INDSATS_TRUST_PROXY,
    bodyLimit: e.INDSATS_BODY_LIMIT_BYTES,
    session: { idleMinutes: e.INDSATS_SESSION_IDLE_MINUTES, absoluteHours: e.INDSATS_SESSION_ABSOLUTE_HOURS },
    audit: {
      accessRetentionDays: e.INDSATS_AUDIT_ACCESS_RETENTION_DAYS,
      retentionDays: e.INDSATS_AUDIT_RETENTION_DAYS,
    },
    poolSize: e.INDSATS_DB_POOL_SIZE,
    filesDir: resolve(e.INDSATS_FILES_DIR ?? resolve(e.INDSATS_DATA_DIR, 'files')),
    attachments: {
      maxBytes: e.INDSATS_ATTACHMENT_MAX_MB * 1024 * 1024,
      maxPerMeeting: e.INDSATS_ATTACHMENTS_PER_MEETING,
    },
    mail: {
      smtpUrl: e.INDSATS_SMTP_URL,
      from: e.INDSATS_MAIL_FROM,
      organizer: mailbox(e.INDSATS_MAIL_ORGANIZER ?? e.INDSATS_MAIL_FROM) ?? FALLBACK_ORGANIZER,
    },
    publicUrl: (e.INDSATS_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    publicUrlConfigured: e.INDSATS_PUBLIC_URL !== undefined,
    clock: e.INDSATS_CLOCK ? clockFrom(clockStart(e.INDSATS_CLOCK)) : systemClock,
    clockSetting: e.INDSATS_CLOCK,
    passwordLinks: { invitationHours: e.INDSATS_INVITATION_HOURS, resetMinutes: e.INDSATS_RESET_MINUTES },
    letters: {
      contact: {
        name: e.INDSATS_LETTER_CONTACT_NAME,
        email: e.INDSATS_LETTER_CONTACT_EMAIL,
        phone: e.INDSATS_LETTER_CONTACT_PHONE,
      },
      complaints: e.INDSATS_LETTER_COMPLAINTS ?? DEFAULT_COMPLAINTS,
    },
  };
}
