import { z } from 'zod';
import { MunicipalityCode, Uuid, Version } from './common.js';
import { MultiLineText } from './text.js';
import { KeysetPage, KeysetQuery } from './paging.js';
import { OUTCOMES } from './applications.js';
import { Confirmed } from './confirmation.js';
import { SelectionProposal, SelectionRules } from './selection.js';

/**
 * The balanced selection on a live round, the admin's decision and its
 * publication (issue 3). Applicants are keyed by municipality code.
 */
export const LiveApplicant = z.object({
  id: z.string(),
  applicationId: z.string(),
  name: z.string(),
  region: z.string(),
  population: z.number().int(),
  familyDaycareShare: z.number(),
  score: z.number(),
  eligible: z.boolean(),
  /** Every assigned assessor without a conflict has submitted. */
  fullyAssessed: z.boolean(),
});
export type LiveApplicant = z.infer<typeof LiveApplicant>;

export const RoundDecision = z.object({
  selected: z.array(z.string()),
  waitlist: z.array(z.string()),
  /** Internal: why the admin departed from the proposal (never in a letter). */
  overrideReason: z.string().nullable(),
  /** What the municipalities whose placement departs from the proposal read in their letter. */
  letterReason: z.string().nullable(),
  differsFromProposal: z.boolean(),
  decidedAt: z.string(),
  decidedBy: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  version: z.number().int(),
});
export type RoundDecision = z.infer<typeof RoundDecision>;

export const RoundSelectionResponse = z.object({
  roundId: z.string(),
  capacity: z.number().int(),
  rules: SelectionRules,
  applicants: z.array(LiveApplicant),
  proposal: SelectionProposal,
  decision: RoundDecision.nullable(),
  /** Submitted applications still missing an assessment: the proposal may change. */
  pendingAssessments: z.number().int(),
});
export type RoundSelectionResponse = z.infer<typeof RoundSelectionResponse>;

export const DecideRoundRequest = z.strictObject({
  selected: z.array(MunicipalityCode).max(20),
  waitlist: z.array(MunicipalityCode).max(50).default([]),
  /** Required when the selection differs from the proposal. */
  reason: MultiLineText(4000).default(''),
  /** Required with a departure too: the reason the affected municipalities read in their letter ("kommer med i brevet"). */
  letterReason: MultiLineText(2000).default(''),
  /** The version of the decision being replaced; absent for the first decision. */
  version: Version.optional(),
});

export const PublishDecisionRequest = z.strictObject({ version: Version, confirmed: Confirmed });

/** Before publishing: every letter (as text, and as PDF/DOCX links) and every e-mail exactly as they will go. */
export const DecisionPreviewLetter = z.object({
  applicationId: z.string(),
  caseNumber: z.string(),
  municipalityName: z.string(),
  outcome: z.enum(OUTCOMES),
  waitlistPosition: z.number().int().nullable(),
  /** The letter's text, block by block as the documents lay it out. */
  text: z.string(),
  documents: z.object({ docx: z.string(), pdf: z.string() }),
  mail: z.object({ to: z.array(z.string()), subject: z.string(), body: z.string() }),
});
export type DecisionPreviewLetter = z.infer<typeof DecisionPreviewLetter>;

export const DecisionPreview = z.object({
  roundId: z.string(),
  version: z.number().int(),
  counts: z.object({ approved: z.number().int(), waitlisted: z.number().int(), rejected: z.number().int() }),
  /** Distinct e-mail addresses the publication writes to. */
  recipients: z.number().int(),
  letters: z.array(DecisionPreviewLetter),
});
export type DecisionPreview = z.infer<typeof DecisionPreview>;

export const PreviewLetterParams = z.strictObject({ id: Uuid, applicationId: Uuid });

/** What a municipality sees of its own decision, once published. */
export const ApplicationDecision = z.object({
  outcome: z.enum(OUTCOMES),
  /** 1-based place on the waitlist. */
  waitlistPosition: z.number().int().nullable(),
  publishedAt: z.string(),
  explanation: z.string(),
  letter: z.object({ docx: z.string(), pdf: z.string() }),
  /** The application's case number (ADR 32). */
  caseNumber: z.string(),
});
export type ApplicationDecision = z.infer<typeof ApplicationDecision>;

export const OUTBOX_STATUSES = ['queued', 'sent', 'failed'] as const;
export const OutboxStatus = z.enum(OUTBOX_STATUSES, { error: 'Status skal være queued, sent eller failed' });
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const OutboxMessage = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  status: OutboxStatus,
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

/** The outbox's sort key: when queued (to the microsecond, as stored) and the id; newest first. */
const OUTBOX_KEY = z.tuple([z.iso.datetime({ precision: 6 }), Uuid]);
export const ListOutboxQuery = KeysetQuery('outbox', OUTBOX_KEY)
  .extend({ status: OutboxStatus.optional().describe('Kun e-mails med denne status') })
  .strict();
export const ListOutboxResponse = KeysetPage(OutboxMessage).extend({ smtpConfigured: z.boolean() });
export type ListOutboxResponse = z.infer<typeof ListOutboxResponse>;
