/**
 * The tables every module stands on: reference data, the organisation
 * (institutions, groups, children), accounts and sessions, and the audit log.
 * The rounds' and courses' tables are in schema-rounds.ts, a course's work in
 * schema-course-work.ts; schema.ts exports them all.
 */
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
import { INSTITUTION_KINDS, ROLES } from '../../shared/roles.js';
import { timestamps } from './columns.js';

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
    /** The session's public name on "Dine sessioner" (the token hash never leaves the server). */
    id: uuid('id').notNull().unique().defaultRandom(),
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

/**
 * One-time links to set a password: an invitation to a new user, or a reset
 * ("Glemt adgangskode"). Only the SHA-256 of the random token is kept; a link
 * is deleted when used, when a newer one is issued for the user, or when the
 * password is set (modules/auth/password-links.ts, docs/adr/0028).
 */
export const passwordLinks = pgTable(
  'password_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: ['invitation', 'reset'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Who asked for it (an administrator), or null: the person themself. */
    createdBy: uuid('created_by'),
  },
  (t) => [index('password_links_user_idx').on(t.userId), index('password_links_expires_idx').on(t.expiresAt)],
);
