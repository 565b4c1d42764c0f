/**
 * The national-scale dataset of issue 9: what a busy year of Indsats looks
 * like across the whole country, in one PostgreSQL database that the scale
 * bench copies for every run (bench/national-scale/measure.ts).
 */

/** Change this when the generator changes what it builds: an older database is then rebuilt. */
export const SCALE_DATASET_VERSION = 'national-scale-1';

export const DEFAULT_SCALE_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/indsats_scale';

export interface ScalePlan {
  /** All of them: the reference data's 98. */
  institutions: number;
  groupsPerInstitution: number;
  children: number;
  /** Twice a year (January and August), 2008–2027, the demo's six among them. */
  rounds: number;
  courses: number;
  /** The demo consultant and the others, courses handed out in turn. */
  consultants: number;
  trialLogs: number;
  /** Audit rows over `auditDays` days ending yesterday. */
  auditRows: number;
  auditDays: number;
}

export const SCALE_PLAN: ScalePlan = {
  institutions: 4_016,
  groupsPerInstitution: 3,
  children: 250_000,
  rounds: 40,
  courses: 500,
  consultants: 6,
  trialLogs: 95_000,
  auditRows: 3_000_000,
  auditDays: 365,
};

/** SCALE_DATABASE_URL names the database (created if missing); SCALE_AUDIT_ROWS shrinks or grows the audit year. */
export function scaleSettings(env: NodeJS.ProcessEnv = process.env): { url: string; plan: ScalePlan } {
  const url = env.SCALE_DATABASE_URL?.trim() || DEFAULT_SCALE_DATABASE_URL;
  const raw = env.SCALE_AUDIT_ROWS?.trim();
  const plan = { ...SCALE_PLAN };
  if (raw) {
    const rows = Number(raw);
    if (!Number.isInteger(rows) || rows < 10_000 || rows > 50_000_000) {
      throw new Error(`SCALE_AUDIT_ROWS skal være et helt tal mellem 10.000 og 50.000.000, ikke "${raw}"`);
    }
    plan.auditRows = rows;
  }
  return { url, plan };
}

/** The marker a finished build leaves: a database with another marker is built again. */
export const markerOf = (plan: ScalePlan) => `${SCALE_DATASET_VERSION}/audit-${plan.auditRows}/${plan.auditDays}d`;

/** Everyone the generator creates logs in with the demo password (a bench database, never real data). */
export const SCALE_USERS = {
  admin: 'admin@socialstyrelsen.example',
  /** The demo consultant: one in six of the 500 courses. */
  consultant: 'konsulent@socialstyrelsen.example',
  /** København's daycare chief: the largest municipality, for the name search. */
  copenhagenChief: 'dagtilbudschef.0101@scale.indsats.test',
} as const;
