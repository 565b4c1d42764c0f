import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ApplicationContent as ApplicationContentValue } from '../../shared/contracts/applications.js';
import { MEETING_KINDS, type CoursePlan as CoursePlanValue } from '../../shared/contracts/courses.js';
import { INSTITUTION_KINDS, ROLES } from '../../shared/roles.js';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const roleEnum = pgEnum('role', ROLES);
export const institutionKindEnum = pgEnum('institution_kind', INSTITUTION_KINDS);

// ── Reference data (public) ──────────────────────────────────────────────
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const municipalities = pgTable(
  'municipalities',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    population: integer('population').notNull(),
  },
  (t) => [index('municipalities_region_idx').on(t.regionCode, t.name)],
);

// ── Organisation (tenant data) ───────────────────────────────────────────
export const institutions = pgTable(
  'institutions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    name: text('name').notNull(),
    kind: institutionKindEnum('kind').notNull(),
    address: text('address').notNull().default(''),
    ...timestamps,
  },
  (t) => [index('institutions_municipality_idx').on(t.municipalityCode, t.name)],
);

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    name: text('name').notNull(),
    ...timestamps,
  },
  (t) => [index('groups_institution_idx').on(t.institutionId, t.name)],
);

/** Child-level data: protected by row-level security (drizzle/0001_security.sql). */
export const children = pgTable(
  'children',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    groupId: uuid('group_id').references(() => groups.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    index('children_institution_idx').on(t.institutionId, t.lastName, t.firstName, t.id),
    index('children_municipality_idx').on(t.municipalityCode, t.lastName, t.firstName, t.id),
    index('children_group_idx').on(t.groupId),
  ],
);

// ── Accounts ─────────────────────────────────────────────────────────────
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  /** Set when someone else set the password: the next session can only change it (docs/adr/0011). */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  ...timestamps,
});

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: roleEnum('role').notNull(),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    institutionId: uuid('institution_id').references(() => institutions.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    unique('role_assignments_unique').on(t.userId, t.role, t.municipalityCode, t.institutionId).nullsNotDistinct(),
    index('role_assignments_municipality_idx').on(t.municipalityCode, t.role),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    activeRole: roleEnum('active_role').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/** Failed-login counters per e-mail and per address (see modules/auth/throttle.ts). */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

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
  },
  (t) => [
    unique('applications_round_municipality_unique').on(t.roundId, t.municipalityCode),
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

// ── Audit log (append-only, hash-chained; see drizzle/0001_security.sql) ──
export const auditLog = pgTable(
  'audit_log',
  {
    chain: text('chain').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull().default(0),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    municipalityCode: text('municipality_code'),
    ip: text('ip'),
    details: jsonb('details')
      .notNull()
      .default(sql`'{}'::jsonb`),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.chain, t.seq] }),
    // The review page lists newest first and pages by (occurred_at, chain, seq) (audit/list-audit.ts):
    // each filter it offers has an index that ends in that key, so the filter and the date window
    // are index conditions and a page is read in order (ADR 15).
    index('audit_occurred_idx').on(t.occurredAt, t.chain, t.seq),
    index('audit_municipality_idx').on(t.municipalityCode, t.occurredAt, t.chain, t.seq),
    index('audit_municipality_action_idx').on(t.municipalityCode, t.action, t.occurredAt, t.chain, t.seq),
    index('audit_action_idx').on(t.action, t.occurredAt, t.chain, t.seq),
    index('audit_actor_idx').on(t.actorUserId, t.occurredAt, t.chain, t.seq),
    index('audit_entity_idx').on(t.entityId, t.occurredAt, t.chain, t.seq),
  ],
);

/** One row per audit chain: its head. Locked and written only by the insert trigger. */
export const auditChain = pgTable('audit_chain', {
  chain: text('chain').primaryKey(),
  lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
  lastHash: text('last_hash').notNull().default(''),
});

/**
 * What retention has pruned of a chain: the last removed seq and its hash, where
 * the chain now starts. A row of its own, so the prune never touches the head
 * that every audited transaction locks (ADR 15). Written only by indsats_audit_prune_batch().
 */
export const auditAnchor = pgTable('audit_anchor', {
  // No foreign key to audit_chain: checking one would lock the head the prune must leave alone.
  chain: text('chain').primaryKey(),
  prunedThroughSeq: bigint('pruned_through_seq', { mode: 'number' }).notNull().default(0),
  prunedHash: text('pruned_hash').notNull().default(''),
});
