import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { courseMeetings, courses, files, rounds, users } from './schema.js';

/**
 * The tables of a running course (issue 4): scheduling settings and calendars,
 * meeting participants, trials and their logs, the self-analysis, the change
 * model with its indicator measurements, and edits kept on conflict.
 * Structured content is JSON validated by the module's Zod contract on the way
 * in and out; no table here holds child-level data.
 */

const createdAt = timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

// ── Scheduling and calendars ─────────────────────────────────────────────
/** A round's scheduling rules; absent = the defaults (Danish school holidays, two meetings a day). */
export const roundScheduleSettings = pgTable('round_schedule_settings', {
  roundId: uuid('round_id')
    .primaryKey()
    .references(() => rounds.id),
  /** [{ from, to, label }] ISO dates, inclusive. */
  holidayWeeks: jsonb('holiday_weeks').$type<{ from: string; to: string; label: string }[]>().notNull(),
  maxMeetingsPerConsultantPerDay: integer('max_meetings_per_consultant_per_day').notNull().default(2),
  version: integer('version').notNull().default(1),
  updatedAt,
});

/** Days a consultant cannot meet (holiday, course, illness). */
export const consultantAbsences = pgTable(
  'consultant_absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdAt,
  },
  (t) => [index('consultant_absences_user_idx').on(t.userId, t.fromDate)],
);

/** A personal calendar subscription: only the SHA-256 of the secret token is stored. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt,
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    index('calendar_feeds_user_idx').on(t.userId, t.revokedAt),
    // At most one live subscription per user (creating a new one revokes the old in the same transaction).
    uniqueIndex('calendar_feeds_one_live_idx')
      .on(t.userId)
      .where(sql`${t.revokedAt} IS NULL`),
  ],
);

// ── Meetings ──────────────────────────────────────────────────────────────
export const PARTICIPANT_ROLES = [
  'consultant',
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
  'other',
] as const;

/** Who is invited to a meeting, who came, and the hours each spent (they feed cost estimates). */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => courseMeetings.id, { onDelete: 'cascade' }),
    /** A user of Indsats (gets the meeting in their calendar feed), or null for a named guest. */
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    participantRole: text('participant_role', { enum: PARTICIPANT_ROLES }).notNull(),
    /** null = not recorded yet. */
    attended: boolean('attended'),
    hours: numeric('hours', { precision: 5, scale: 2, mode: 'number' }),
    createdAt,
  },
  (t) => [
    index('meeting_participants_meeting_idx').on(t.meetingId),
    index('meeting_participants_user_idx').on(t.userId),
    uniqueIndex('meeting_participants_user_unique')
      .on(t.meetingId, t.userId)
      .where(sql`${t.userId} IS NOT NULL`),
  ],
);

/** An agreed trial (afprøvning): what will be tried in practice before the next meeting, by whom. */
export const trials = pgTable(
  'trials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    /** The meeting where it was agreed. */
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => courseMeetings.id),
    /** The working group's key when agreed at a working-group meeting. */
    groupKey: text('group_key'),
    description: text('description').notNull(),
    responsible: text('responsible').notNull(),
    status: text('status', { enum: ['open', 'completed', 'dropped'] })
      .notNull()
      .default('open'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt,
    updatedAt,
  },
  (t) => [index('trials_course_idx').on(t.courseId, t.status), index('trials_meeting_idx').on(t.meetingId)],
);

/** What staff tried, what happened and their reflection – between meetings. */
export const trialLogs = pgTable(
  'trial_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trialId: uuid('trial_id')
      .notNull()
      .references(() => trials.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    triedOn: date('tried_on', { mode: 'string' }).notNull(),
    whatTried: text('what_tried').notNull(),
    whatHappened: text('what_happened').notNull(),
    reflection: text('reflection').notNull().default(''),
    createdAt,
  },
  (t) => [index('trial_logs_trial_idx').on(t.trialId, t.triedOn)],
);

// ── Self-analysis and change model ───────────────────────────────────────
export const selfAnalyses = pgTable('self_analyses', {
  id: uuid('id').primaryKey().defaultRandom(),
  courseId: uuid('course_id')
    .notNull()
    .unique()
    .references(() => courses.id),
  /** contracts/self-analysis.ts SelfAnalysisContent. */
  content: jsonb('content').$type<unknown>().notNull(),
  status: text('status', { enum: ['draft', 'presented'] })
    .notNull()
    .default('draft'),
  presentedAt: timestamp('presented_at', { withTimezone: true }),
  presentedBy: uuid('presented_by').references(() => users.id),
  updatedBy: uuid('updated_by').references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt,
  updatedAt,
});

/** Every saved version of a course's change model is kept; the highest is current. */
export const changeModelVersions = pgTable(
  'change_model_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    version: integer('version').notNull(),
    /** contracts/change-model.ts ChangeModelContent. */
    content: jsonb('content').$type<unknown>().notNull(),
    note: text('note').notNull().default(''),
    savedBy: uuid('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('change_model_versions_unique').on(t.courseId, t.version)],
);

/** A measured value of a change-model indicator (by the indicator's stable key). */
export const indicatorMeasurements = pgTable(
  'indicator_measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    indicatorKey: text('indicator_key').notNull(),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    value: numeric('value', { precision: 14, scale: 4, mode: 'number' }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt,
  },
  (t) => [index('indicator_measurements_course_idx').on(t.courseId, t.indicatorKey, t.measuredOn)],
);

// ── Edits kept on conflict ───────────────────────────────────────────────
export const EDIT_KINDS = ['application', 'minutes', 'self_analysis', 'change_model'] as const;

/**
 * A save refused because someone else saved first: kept here until the user
 * chooses between it and the saved version, then deleted. At most three per
 * document and person, the newest (src/server/db/kept-versions.ts, ADR 14).
 * One store for the four versioned documents (ADR 22).
 */
export const editConflicts = pgTable(
  'edit_conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The course of minutes, self-analysis and change model; none for an application (it precedes its course). */
    courseId: uuid('course_id').references(() => courses.id),
    kind: text('kind', { enum: EDIT_KINDS }).notNull(),
    /** The application, the meeting (minutes) or the course (self-analysis, change model). */
    entityId: uuid('entity_id').notNull(),
    baseVersion: integer('base_version').notNull(),
    content: jsonb('content').$type<unknown>().notNull(),
    savedBy: uuid('saved_by')
      .notNull()
      .references(() => users.id),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // Per document and person: the bound on kept versions trims by this key; a document's list uses its prefix.
  (t) => [index('edit_conflicts_entity_person_idx').on(t.kind, t.entityId, t.savedBy, t.savedAt)],
);

// ── Meeting attachments ──────────────────────────────────────────────────
export const ATTACHMENT_KINDS = ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpeg'] as const;

/**
 * A file attached to a meeting – slides, a handout, notes (issue 11, point 8;
 * ADR 30). The bytes and their checked kind are a row in `files` (purpose
 * `meeting_attachment`); this row says which meeting and under what title.
 * No cascade: a meeting with attachments is never deleted by a plan change
 * (courses/repository.ts deleteRemovableMeetings), so no file is orphaned.
 */
export const meetingAttachments = pgTable(
  'meeting_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => courseMeetings.id),
    fileId: uuid('file_id')
      .notNull()
      .unique()
      .references(() => files.id),
    title: text('title').notNull(),
    kind: text('kind', { enum: ATTACHMENT_KINDS }).notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt,
  },
  // The meeting's list, oldest first.
  (t) => [index('meeting_attachments_meeting_idx').on(t.meetingId, t.createdAt)],
);
