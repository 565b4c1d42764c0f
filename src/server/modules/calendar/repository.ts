import { and, asc, desc, eq, exists, gte, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { calendarFeeds, meetingParticipants } from '../../db/schema-course-work.js';
import { courseMeetings, courses, municipalities, roleAssignments, rounds, users } from '../../db/schema.js';

// ── Feeds ────────────────────────────────────────────────────────────────
export async function findActiveFeedOf(q: Queryable, userId: string) {
  const [row] = await q
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return row ?? null;
}

/** Serialises feed changes of one user (two clicks on "Lav nyt link" leave one live feed). */
export async function lockUser(q: Queryable, userId: string): Promise<void> {
  await q.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

/** Revokes the user's live feeds; returns their ids. */
export async function revokeFeedsOf(q: Queryable, userId: string, now: Date): Promise<string[]> {
  const rows = await q
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .returning({ id: calendarFeeds.id });
  return rows.map((r) => r.id);
}

export async function insertFeed(
  q: Queryable,
  userId: string,
  tokenHash: string,
): Promise<{ id: string; createdAt: Date }> {
  const [row] = await q
    .insert(calendarFeeds)
    .values({ userId, tokenHash })
    .returning({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt });
  if (!row) throw new Error('calendar feed not inserted');
  return row;
}

/** A live feed by its token's hash (unique index): not revoked, and its user still active. */
export async function findLiveFeed(q: Queryable, tokenHash: string) {
  const [row] = await q
    .select({ id: calendarFeeds.id, userId: calendarFeeds.userId, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt), eq(users.active, true)));
  return row ?? null;
}

export async function touchFeed(q: Queryable, id: string, at: Date): Promise<void> {
  await q.update(calendarFeeds).set({ lastUsedAt: at }).where(eq(calendarFeeds.id, id));
}

// ── Meetings as calendars show them ──────────────────────────────────────
const eventColumns = {
  id: courseMeetings.id,
  courseId: courseMeetings.courseId,
  kind: courseMeetings.kind,
  title: courseMeetings.title,
  date: courseMeetings.date,
  startTime: courseMeetings.startTime,
  endTime: courseMeetings.endTime,
  status: courseMeetings.status,
  location: courseMeetings.location,
  version: courseMeetings.version,
  createdAt: courseMeetings.createdAt,
  updatedAt: courseMeetings.updatedAt,
  roundId: courses.roundId,
  roundName: rounds.name,
  municipalityName: municipalities.name,
};

function selectEvents(q: Queryable, where: SQL | undefined, limit: number, invitedUserId?: string) {
  const base = q
    .select(eventColumns)
    .from(courseMeetings)
    .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .$dynamic();
  // An invitation is found from the user's side (meeting_participants_user_idx); one row per meeting and user.
  const scoped = invitedUserId
    ? base.innerJoin(
        meetingParticipants,
        and(eq(meetingParticipants.meetingId, courseMeetings.id), eq(meetingParticipants.userId, invitedUserId)),
      )
    : base;
  return scoped
    .where(where)
    .orderBy(asc(courseMeetings.date), asc(courseMeetings.startTime), asc(courseMeetings.id))
    .limit(limit);
}
export type EventRow = Awaited<ReturnType<typeof selectEvents>>[number];

/** The municipal roles that see their municipality's courses (as courses/access.ts courseFilter). */
const MUNICIPAL_COURSE_ROLES = ['coordinator', 'daycare_chief', 'daycare_leader', 'staff'] as const;

function holdsRole(q: Queryable, userId: string, condition: SQL | undefined) {
  return exists(
    q
      .select({ one: sql`1` })
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, userId), condition)),
  );
}

const datedFrom = (from: string) => and(isNotNull(courseMeetings.date), gte(courseMeetings.date, from));

/** Every dated meeting (from `from` on) of the courses the user runs while still holding the consultant role. */
export function meetingsRunBy(q: Queryable, userId: string, from: string, limit: number): Promise<EventRow[]> {
  return selectEvents(
    q,
    and(
      eq(courses.consultantId, userId),
      datedFrom(from),
      holdsRole(q, userId, eq(roleAssignments.role, 'consultant')),
    ),
    limit,
  );
}

/**
 * The dated meetings (from `from` on) the user is invited to, in courses the
 * user may still see: the agency's admin all, a consultant the ones they run,
 * a municipal role its own municipality's.
 */
export function meetingsAttendedBy(q: Queryable, userId: string, from: string, limit: number): Promise<EventRow[]> {
  const mayStillSee = or(
    eq(roleAssignments.role, 'national_admin'),
    and(eq(roleAssignments.role, 'consultant'), eq(courses.consultantId, userId)),
    and(
      inArray(roleAssignments.role, [...MUNICIPAL_COURSE_ROLES]),
      eq(roleAssignments.municipalityCode, courses.municipalityCode),
    ),
  );
  return selectEvents(q, and(datedFrom(from), holdsRole(q, userId, mayStillSee)), limit, userId);
}

/** One meeting with its course's round and municipality, whoever asks (the caller checks access). */
export async function findEvent(q: Queryable, meetingId: string): Promise<EventRow | null> {
  const [row] = await selectEvents(q, eq(courseMeetings.id, meetingId), 1);
  return row ?? null;
}
