import { z } from 'zod';
import { Uuid, Version } from './common.js';
import { KeysetPage, KeysetQuery } from './paging.js';
import { IsoDate } from './dates.js';
import { MultiLineText, SingleLineText } from './text.js';

/**
 * The application form (issue 3). A draft may be incomplete: every field is
 * optional or nullable while it is a draft; the checklist says what is missing
 * and submission refuses until nothing is. Shares are percentages (0–100).
 * Texts typed in a textarea are `Draft` (several lines), the rest `Line`.
 */
const Line = (max: number) => SingleLineText(max);
const Draft = (max: number) => MultiLineText(max);
const Percent = z
  .number()
  .min(0, 'Andelen skal være mellem 0 og 100 %')
  .max(100, 'Andelen skal være mellem 0 og 100 %');

/**
 * The most characters each text of the form may hold (after trimming; a line
 * break counts as one). The one source of the limits: the schemas below and
 * the web form's counters read them (issue 11, point 5).
 */
export const APPLICATION_LIMITS = {
  contactName: 200,
  contactEmail: 200,
  contactPhone: 40,
  needDocumentation: 2000,
  motivation: 6000,
  managementBacking: 4000,
  resourceCommitment: 4000,
  directorName: 200,
  directorTitle: 200,
} as const;
export type LimitedApplicationField = keyof typeof APPLICATION_LIMITS;
const L = APPLICATION_LIMITS;

export const ApplicationInstitution = z.strictObject({
  institutionId: Uuid,
  /** Share of the institution's families in a vulnerable position, in per cent. */
  vulnerableFamiliesShare: Percent.nullable(),
  /** How the need was documented (source, year, method). */
  needDocumentation: Draft(L.needDocumentation),
});
export type ApplicationInstitution = z.infer<typeof ApplicationInstitution>;

export const ApplicationContent = z.strictObject({
  contactName: Line(L.contactName),
  contactEmail: z.union([z.literal(''), z.email().max(L.contactEmail)]),
  contactPhone: Line(L.contactPhone),
  institutions: z.array(ApplicationInstitution).max(30, 'Vælg højst 30 dagtilbud'),
  /** The municipality's share of young children (0–2 years) in family daycare (dagpleje), in per cent. */
  familyDaycareShare: Percent.nullable(),
  motivation: Draft(L.motivation),
  managementBacking: Draft(L.managementBacking),
  /** The director's commitment of resources (staff time, catering, transport) and to anchoring. */
  resourceCommitment: Draft(L.resourceCommitment),
  directorName: Line(L.directorName),
  directorTitle: Line(L.directorTitle),
  directorSignedOn: z.union([z.literal(''), IsoDate()]),
  evaluationCommitment: z.boolean(),
});
export type ApplicationContent = z.infer<typeof ApplicationContent>;

export const EMPTY_APPLICATION: ApplicationContent = {
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  institutions: [],
  familyDaycareShare: null,
  motivation: '',
  managementBacking: '',
  resourceCommitment: '',
  directorName: '',
  directorTitle: '',
  directorSignedOn: '',
  evaluationCommitment: false,
};

export const CHECKLIST_KEYS = [
  'contact',
  'institutions',
  'need',
  'familyDaycareShare',
  'motivation',
  'managementBacking',
  'resourceCommitment',
  'director',
  'directorFile',
  'evaluationCommitment',
] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

/** One item of the checklist: its key (worded by the client) and whether it is in place. */
export const ChecklistItem = z.object({ key: z.enum(CHECKLIST_KEYS), done: z.boolean() });

export const StoredFile = z.object({
  id: z.string(),
  filename: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});
export type StoredFile = z.infer<typeof StoredFile>;

/** A save that came in on top of someone else's: kept so both versions stay visible. */
export const ApplicationConflict = z.object({
  id: z.string(),
  baseVersion: z.number().int(),
  savedAt: z.string(),
  savedBy: z.string(),
  content: ApplicationContent,
});
export type ApplicationConflict = z.infer<typeof ApplicationConflict>;

export const APPLICATION_STATUSES = ['draft', 'submitted'] as const;
export const OUTCOMES = ['approved', 'waitlisted', 'rejected'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const Application = z.object({
  id: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  deadline: z.string(),
  courseStart: z.string(),
  courseEnd: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  version: z.number().int(),
  content: ApplicationContent,
  /** Names of the selected institutions, for those who may not list the municipality's institutions. */
  institutionNames: z.record(z.string(), z.string()),
  directorFile: StoredFile.nullable(),
  checklist: z.array(ChecklistItem),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  conflicts: z.array(ApplicationConflict),
  /** Only once the round's decisions are published. */
  outcome: z.enum(OUTCOMES).nullable(),
  /** True once the collaboration agreement is signed: the municipality is ready for its course. */
  readyForCourse: z.boolean(),
  /** What the caller may do now (the UI hides the rest). */
  allowed: z.object({ edit: z.boolean(), submit: z.boolean(), assess: z.boolean() }),
});
export type Application = z.infer<typeof Application>;

/** One row of an applications list: what the list shows, never the form's `content` (read the application for that). */
export const ApplicationListItem = z.object({
  id: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  regionName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  outcome: z.enum(OUTCOMES).nullable(),
  readyForCourse: z.boolean(),
});
export type ApplicationListItem = z.infer<typeof ApplicationListItem>;

/** Newest course period first, then municipality name: sort key [courseStart, roundId, municipalityName, id]. */
export const ListApplicationsQuery = KeysetQuery(
  'applications',
  z.tuple([z.iso.date(), Uuid, z.string().max(200), Uuid]),
).strict();
export const ListApplicationsResponse = KeysetPage(ApplicationListItem);
export type ListApplicationsResponse = z.infer<typeof ListApplicationsResponse>;

export const CreateApplicationRequest = z.strictObject({ content: ApplicationContent.optional() });
export const SaveApplicationRequest = z.strictObject({ version: Version, content: ApplicationContent });
export const SubmitApplicationRequest = z.strictObject({ version: Version });
export const ApplicationIdParams = z.strictObject({ id: Uuid });
export const ApplicationConflictParams = z.strictObject({ id: Uuid, conflictId: Uuid });

/** Uploads: PDF only, checked by content. The limit is also shown in the form. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
