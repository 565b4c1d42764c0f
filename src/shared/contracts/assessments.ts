import { z } from 'zod';
import { Uuid, Version } from './common.js';
import { KeysetPage, KeysetQuery } from './paging.js';
import { MultiLineText, tooLong } from './text.js';

/**
 * An assessor's assessment of one application (issue 3). The assessor first
 * declares whether they have a conflict of interest; a declared conflict
 * blocks scoring. Requirements are pass/fail, criteria are scored 1–5 with a
 * written justification. Others' scores stay hidden until one's own are submitted.
 */
/** The most characters of each text (the assessment form's counters read them too, issue 11 point 5). */
export const ASSESSMENT_LIMITS = { justification: 4000, conflictNote: 1000 } as const;

export const CONFLICT_STATES = ['undeclared', 'none', 'conflict'] as const;

export const CriterionScore = z.strictObject({
  score: z.number().int().min(1, 'Point skal være mellem 1 og 5').max(5, 'Point skal være mellem 1 og 5').nullable(),
  justification: MultiLineText(ASSESSMENT_LIMITS.justification, tooLong('Begrundelsen')),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

export const DeclareConflictRequest = z
  .strictObject({
    hasConflict: z.boolean(),
    note: MultiLineText(ASSESSMENT_LIMITS.conflictNote, tooLong('Beskrivelsen')).default(''),
  })
  .refine((d) => !d.hasConflict || d.note.length > 0, {
    message: 'Beskriv kort interessekonflikten',
    path: ['note'],
  });

export const SaveAssessmentRequest = z.strictObject({
  version: Version,
  /** requirement key → passed? (null = not decided yet) */
  requirements: z.record(z.string().regex(/^[a-z_]{1,40}$/), z.boolean().nullable()),
  /** criterion key → score and justification */
  criteria: z.record(z.string().regex(/^[a-z_]{1,40}$/), CriterionScore),
});
export const SubmitAssessmentRequest = z.strictObject({ version: Version });

export const Assessment = z.object({
  id: z.string(),
  applicationId: z.string(),
  assessorId: z.string(),
  assessorName: z.string(),
  conflict: z.enum(CONFLICT_STATES),
  conflictNote: z.string(),
  requirements: z.record(z.string(), z.boolean().nullable()),
  criteria: z.record(z.string(), CriterionScore),
  status: z.enum(['draft', 'submitted']),
  submittedAt: z.string().nullable(),
  version: z.number().int(),
});
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentView = z.object({
  /** The caller's own assessment (created on first look). */
  own: Assessment,
  /** The other assessors' submitted assessments: empty until the caller's own is submitted. */
  others: z.array(Assessment),
  othersHidden: z.boolean(),
});
export type AssessmentView = z.infer<typeof AssessmentView>;

/** The admin's overview of a round's scores. */
export const CriterionSummary = z.object({
  key: z.string(),
  mean: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** max − min: assessors disagree when it is 2 or more. */
  spread: z.number().nullable(),
  disagreement: z.boolean(),
});

export const ApplicationScore = z.object({
  applicationId: z.string(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  regionName: z.string(),
  population: z.number().int(),
  familyDaycareShare: z.number().nullable(),
  /** Sum over criteria of the assessors' mean scores; the score the selection uses. */
  total: z.number().nullable(),
  criteria: z.array(CriterionSummary),
  /** Per requirement: passed by every submitted assessor? null until one has marked it. */
  requirements: z.record(z.string(), z.boolean().nullable()),
  eligible: z.boolean(),
  assessorsSubmitted: z.number().int(),
  assessorsAssigned: z.number().int(),
  conflicts: z.number().int(),
  disagreement: z.boolean(),
});
export type ApplicationScore = z.infer<typeof ApplicationScore>;

/**
 * Highest total first (no total last), then municipality name: sort key
 * [total, municipalityName, applicationId]. The order is computed from the
 * assessments, so the server scores the whole round (at most one application
 * per municipality) and sends one page of it.
 */
export const RoundScoresQuery = KeysetQuery(
  'scores',
  z.tuple([z.number().nullable(), z.string().max(200), Uuid]),
).strict();
export const RoundScoresResponse = KeysetPage(ApplicationScore);
export type RoundScoresResponse = z.infer<typeof RoundScoresResponse>;

/** An assessor's worklist: the submitted applications of their rounds and how far they are. */
export const AssessmentTask = z.object({
  applicationId: z.string(),
  roundId: z.string(),
  roundName: z.string(),
  municipalityName: z.string(),
  conflict: z.enum(CONFLICT_STATES),
  status: z.enum(['not_started', 'draft', 'submitted']),
});
export type AssessmentTask = z.infer<typeof AssessmentTask>;
/** Newest course period first, then municipality name: sort key [courseStart, roundId, municipalityName, applicationId]. */
export const ListAssessmentTasksQuery = KeysetQuery(
  'assessments',
  z.tuple([z.iso.date(), Uuid, z.string().max(200), Uuid]),
).strict();
export const ListAssessmentTasksResponse = KeysetPage(AssessmentTask);
export type ListAssessmentTasksResponse = z.infer<typeof ListAssessmentTasksResponse>;
