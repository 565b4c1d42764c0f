import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { ApplicationContent as ApplicationContentValue } from '../../shared/contracts/applications.js';
import { MEETING_KINDS, type CoursePlan as CoursePlanValue } from '../../shared/contracts/courses.js';
import { timestamps } from './columns.js';
import { municipalities, users } from './schema-core.js';

/**
 * Application rounds and what follows from them: assessment, the decision,
 * the agreement, the outgoing mail, and the course with its meetings.
 */

// ── Application rounds (issue 3) ─────────────────────────────────────────
export interface RoundText {
  key: string;
  text: string;
}

export const rounds = pgTable(
  'rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    courseStart: date('course_start', { mode: 'string' }).notNull(),
    courseEnd: date('course_end', { mode: 'string' }).notNull(),
    /** A point in time; entered and shown in Europe/Copenhagen. */
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull().default(5),
    criteria: jsonb('criteria').$type<RoundText[]>().notNull(),
    requirements: jsonb('requirements').$type<RoundText[]>().notNull(),
    /** The balance rules of the selection (contracts/selection.ts SelectionRules). */
    balanceRules: jsonb('balance_rules').$type<Record<string, number>>().notNull().default({}),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  // Lists walk rounds newest first with the id as tie-breaker (ADR 16).
  (t) => [index('rounds_list_idx').on(t.courseStart, t.id)],
);

export const roundAssessors = pgTable(
  'round_assessors',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index('round_assessors_user_idx').on(t.userId)],
);

// ── Applications, assessment, decisions, agreements (issue 3) ────────────
/** Uploaded documents (PDF only). The bytes live in the files folder under `storageKey`. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    purpose: text('purpose').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_municipality_idx').on(t.municipalityCode, t.createdAt)],
);

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    /** The form (contracts/applications.ts ApplicationContent). */
    content: jsonb('content').$type<ApplicationContentValue>().notNull(),
    directorFileId: uuid('director_file_id').references(() => files.id),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    updatedBy: uuid('updated_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    ...timestamps,
    /**
     * The human case number the letters carry, IND-<year the course starts>-<serial>: set by the
     * database when the application is created (trigger in migration 0013, ADR 32), never changed.
     */
    caseNumber: text('case_number'),
  },
  (t) => [
    unique('applications_round_municipality_unique').on(t.roundId, t.municipalityCode),
    unique('applications_case_number_unique').on(t.caseNumber),
    index('applications_municipality_idx').on(t.municipalityCode, t.roundId),
  ],
);

export interface CriterionScoreValue {
  score: number | null;
  justification: string;
}

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => users.id),
    conflict: text('conflict', { enum: ['undeclared', 'none', 'conflict'] })
      .notNull()
      .default('undeclared'),
    conflictNote: text('conflict_note').notNull().default(''),
    declaredAt: timestamp('declared_at', { withTimezone: true }),
    requirements: jsonb('requirements').$type<Record<string, boolean | null>>().notNull().default({}),
    criteria: jsonb('criteria').$type<Record<string, CriterionScoreValue>>().notNull().default({}),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    unique('assessments_application_assessor_unique').on(t.applicationId, t.assessorId),
    index('assessments_assessor_idx').on(t.assessorId),
  ],
);

/** The admin's decision on a round: who is selected, the waitlist, and when it was published. */
export const roundDecisions = pgTable('round_decisions', {
  roundId: uuid('round_id')
    .primaryKey()
    .references(() => rounds.id),
  selected: jsonb('selected').$type<string[]>().notNull(),
  waitlist: jsonb('waitlist').$type<string[]>().notNull(),
  /** The proposal the decision was made against, with its explanations. */
  proposal: jsonb('proposal').$type<Record<string, unknown>>().notNull(),
  overrideReason: text('override_reason'),
  /** What the municipalities whose placement departs from the proposal read in their letter (the reason above stays internal). */
  letterReason: text('letter_reason'),
  decidedBy: uuid('decided_by')
    .notNull()
    .references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  publishedAt: timestamp('published_at', { withTimezone: true }),
  publishedBy: uuid('published_by').references(() => users.id),
  version: integer('version').notNull().default(1),
});

export interface AgreementTermsValue {
  agencyContactName: string;
  agencyContactEmail: string;
  municipalityContactName: string;
  municipalityContactEmail: string;
  staffTime: string;
  catering: string;
  transport: string;
  evaluation: string;
}

export const agreements = pgTable('agreements', {
  id: uuid('id').primaryKey().defaultRandom(),
  applicationId: uuid('application_id')
    .notNull()
    .unique()
    .references(() => applications.id),
  status: text('status', { enum: ['sent', 'signed'] })
    .notNull()
    .default('sent'),
  terms: jsonb('terms').$type<AgreementTermsValue>().notNull(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  sentBy: uuid('sent_by')
    .notNull()
    .references(() => users.id),
  signedAt: timestamp('signed_at', { withTimezone: true }),
  signedBy: uuid('signed_by').references(() => users.id),
  signedFileId: uuid('signed_file_id').references(() => files.id),
  version: integer('version').notNull().default(1),
});

/** Outgoing e-mail. Always recorded here; delivered over SMTP when configured. */
/** A file sent with an outbox message; `method` marks an iCalendar invitation (REQUEST/CANCEL). */
export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
  method?: 'REQUEST' | 'CANCEL' | 'PUBLISH';
}

export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'failed'] })
      .notNull()
      .default('queued'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** What the message is about (notifications' kinds, ADR 33); 'other' for mail sent outside them. */
    kind: text('kind').notNull().default('other'),
    /** The recipient's account, when the message goes to a user. */
    userId: uuid('user_id').references(() => users.id),
    /** The page the message links to. */
    link: text('link'),
    /** Files sent with the message (a meeting's invitation as .ics). */
    attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default([]),
    /** The instance that claimed the message for sending, and until when (a lease, ADR 33). */
    claimedBy: text('claimed_by'),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
  },
  (t) => [index('outbox_created_idx').on(t.createdAt), index('outbox_status_idx').on(t.status, t.createdAt)],
);

// ── Courses (issue 4) ───────────────────────────────────────────────────
/** A municipality's one-year course: created when its agreement is signed (one per application). */
export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .unique()
      .references(() => applications.id),
    roundId: uuid('round_id')
      .notNull()
      .references(() => rounds.id),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    consultantId: uuid('consultant_id').references(() => users.id),
    /** The adapted plan (contracts/courses.ts CoursePlan); the meetings below follow it. */
    plan: jsonb('plan').$type<CoursePlanValue>().notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    // The courses list and scheduling reach courses per municipality or consultant, then by round (ADR 16).
    index('courses_municipality_idx').on(t.municipalityCode, t.roundId),
    index('courses_consultant_idx').on(t.consultantId, t.roundId),
    index('courses_round_idx').on(t.roundId),
  ],
);

export const courseMeetings = pgTable(
  'course_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    kind: text('kind', { enum: MEETING_KINDS }).notNull(),
    title: text('title').notNull(),
    /** The working group's key (working-group meetings only). */
    groupKey: text('group_key'),
    /** Order within its kind (and group): kick-off 1, steering 1–3 … */
    sequence: integer('sequence').notNull(),
    date: date('date', { mode: 'string' }),
    startTime: text('start_time'),
    endTime: text('end_time'),
    status: text('status', { enum: ['planned', 'held', 'cancelled'] })
      .notNull()
      .default('planned'),
    /** Where the meeting is held (free text: address, room or video link). */
    location: text('location').notNull().default(''),
    /** The agenda as plain text, one item per line. */
    agenda: text('agenda').notNull().default(''),
    /** Minutes as sanitised HTML (modules/meetings), written during or after the meeting. */
    minutesHtml: text('minutes_html').notNull().default(''),
    minutesStatus: text('minutes_status', { enum: ['none', 'draft', 'approved'] })
      .notNull()
      .default('none'),
    minutesVersion: integer('minutes_version').notNull().default(0),
    minutesUpdatedBy: uuid('minutes_updated_by').references(() => users.id),
    minutesApprovedBy: uuid('minutes_approved_by').references(() => users.id),
    minutesApprovedAt: timestamp('minutes_approved_at', { withTimezone: true }),
    /** Decisions taken at the meeting, in order. */
    decisions: jsonb('decisions')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Bumped by every change a calendar shows (date, time, place, status): the iCalendar SEQUENCE. */
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [index('course_meetings_course_idx').on(t.courseId, t.date), index('course_meetings_date_idx').on(t.date)],
);
