import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MinutesContent, ParticipantRole } from '../../../shared/contracts/meetings.js';
import type { Queryable } from '../../db/client.js';
import { meetingParticipants } from '../../db/schema-course-work.js';
import { courseMeetings, courses, municipalities, roleAssignments, rounds, users } from '../../db/schema.js';
import { courseColumns } from '../courses/index.js';
import type { MunicipalPerson } from './default-participants.js';

const minutesAuthor = alias(users, 'minutes_author');
const minutesApprover = alias(users, 'minutes_approver');

/** The meeting's participants as participantsOf lists them, as a JSON column of the meeting's query. */
const participantsColumn = sql<ParticipantRow[]>`coalesce((SELECT json_agg(json_build_object('id', p.id,
    'userId', p.user_id, 'name', p.name, 'participantRole', p.participant_role, 'attended', p.attended,
    'hours', p.hours) ORDER BY p.name, p.id)
  FROM ${meetingParticipants} p WHERE p.meeting_id = ${courseMeetings.id}), '[]'::json)`;

/**
 * The meeting `where` picks (its id and the access module's meetingCondition),
 * with its course, the names behind its minutes and its participants, in one
 * query; null when there is none for them.
 */
export async function findMeeting(q: Queryable, where: SQL | undefined) {
  const [row] = await q
    .select({
      meeting: courseMeetings,
      course: courseColumns,
      minutesUpdatedByName: minutesAuthor.name,
      minutesApprovedByName: minutesApprover.name,
      participants: participantsColumn,
    })
    .from(courseMeetings)
    .innerJoin(courses, eq(courses.id, courseMeetings.courseId))
    .innerJoin(rounds, eq(rounds.id, courses.roundId))
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .leftJoin(users, eq(users.id, courses.consultantId))
    .leftJoin(minutesAuthor, eq(minutesAuthor.id, courseMeetings.minutesUpdatedBy))
    .leftJoin(minutesApprover, eq(minutesApprover.id, courseMeetings.minutesApprovedBy))
    .where(where);
  return row ?? null;
}
export type MeetingRow = typeof courseMeetings.$inferSelect;

/** Changes the meeting itself (agenda, place, status) from a known version, bumping it; false when stale. */
export async function updateMeeting(
  q: Queryable,
  id: string,
  fromVersion: number,
  changes: Partial<{ agenda: string; location: string; status: 'planned' | 'held' | 'cancelled' }>,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(courseMeetings)
    .set({ ...changes, updatedAt: now, version: sql`${courseMeetings.version} + 1` })
    .where(and(eq(courseMeetings.id, id), eq(courseMeetings.version, fromVersion)))
    .returning({ id: courseMeetings.id });
  return rows.length === 1;
}

/** Saves the minutes on top of the version the editor started from (back to draft); false when stale. */
export async function saveMinutes(
  q: Queryable,
  id: string,
  baseVersion: number,
  content: MinutesContent,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(courseMeetings)
    .set({
      minutesHtml: content.minutesHtml,
      decisions: content.decisions,
      minutesStatus: 'draft',
      minutesVersion: sql`${courseMeetings.minutesVersion} + 1`,
      minutesUpdatedBy: userId,
      minutesApprovedBy: null,
      minutesApprovedAt: null,
      updatedAt: now,
    })
    .where(and(eq(courseMeetings.id, id), eq(courseMeetings.minutesVersion, baseVersion)))
    .returning({ id: courseMeetings.id });
  return rows.length === 1;
}

/** Approves the draft minutes of exactly this version; false when they changed meanwhile. */
export async function approveMinutes(
  q: Queryable,
  id: string,
  version: number,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q
    .update(courseMeetings)
    .set({ minutesStatus: 'approved', minutesApprovedBy: userId, minutesApprovedAt: now, updatedAt: now })
    .where(
      and(
        eq(courseMeetings.id, id),
        eq(courseMeetings.minutesVersion, version),
        eq(courseMeetings.minutesStatus, 'draft'),
      ),
    )
    .returning({ id: courseMeetings.id });
  return rows.length === 1;
}

// ── Participants ──────────────────────────────────────────────────────────
export function participantsOf(q: Queryable, meetingId: string) {
  return q
    .select({
      id: meetingParticipants.id,
      userId: meetingParticipants.userId,
      name: meetingParticipants.name,
      participantRole: meetingParticipants.participantRole,
      attended: meetingParticipants.attended,
      hours: meetingParticipants.hours,
    })
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, meetingId))
    .orderBy(asc(meetingParticipants.name), asc(meetingParticipants.id));
}
export type ParticipantRow = Awaited<ReturnType<typeof participantsOf>>[number];

export interface NewParticipant {
  meetingId: string;
  userId: string | null;
  name: string;
  participantRole: ParticipantRole;
  attended?: boolean | null;
  hours?: number | null;
}

/** Adds participants; a user already on the meeting is left as they are. */
export async function insertParticipants(q: Queryable, rows: NewParticipant[]): Promise<void> {
  if (rows.length > 0) await q.insert(meetingParticipants).values(rows).onConflictDoNothing();
}

export async function replaceParticipants(q: Queryable, meetingId: string, rows: NewParticipant[]): Promise<void> {
  await q.delete(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId));
  await insertParticipants(q, rows);
}

/** Takes a user off the given meetings in one participant role (a consultant who no longer runs the course). */
export async function removeParticipant(
  q: Queryable,
  meetingIds: string[],
  userId: string,
  role: ParticipantRole,
): Promise<void> {
  if (meetingIds.length === 0) return;
  await q
    .delete(meetingParticipants)
    .where(
      and(
        inArray(meetingParticipants.meetingId, meetingIds),
        eq(meetingParticipants.userId, userId),
        eq(meetingParticipants.participantRole, role),
      ),
    );
}

// ── People of the municipality ───────────────────────────────────────────
/** The municipality of a meeting's course, as a subquery: the people who can be invited travel with the meeting. */
export function municipalityOfMeeting(id: string): SQL {
  return sql`(SELECT ${courses.municipalityCode} FROM ${courses} INNER JOIN ${courseMeetings} ON ${courseMeetings.courseId} = ${courses.id} WHERE ${courseMeetings.id} = ${id})`;
}

/**
 * The active users with a role in the municipality (one row per role), for
 * default invitations and the participant picker (the municipality by code or
 * a subquery). Bounded: a municipality's staff in Indsats are the people of
 * its courses' institutions.
 */
export function municipalPeople(
  q: Queryable,
  municipalityCode: string | SQL,
  limit = 2000,
): Promise<MunicipalPerson[]> {
  return q
    .select({
      userId: users.id,
      name: users.name,
      role: roleAssignments.role,
      institutionId: roleAssignments.institutionId,
    })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.municipalityCode, municipalityCode), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit);
}

/** Which of these ids are active users with a role in the municipality, with their names. */
export async function usersOfMunicipality(
  q: Queryable,
  municipalityCode: string,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectDistinct({ id: users.id, name: users.name })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(inArray(users.id, ids), eq(roleAssignments.municipalityCode, municipalityCode), eq(users.active, true)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function userName(q: Queryable, id: string): Promise<string | null> {
  const [row] = await q.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/** The course's planned meetings (their invitations still change with the course). */
export async function bumpVersions(q: Queryable, meetingIds: string[], now: Date): Promise<void> {
  if (meetingIds.length === 0) return;
  await q
    .update(courseMeetings)
    .set({ version: sql`${courseMeetings.version} + 1`, updatedAt: now })
    .where(inArray(courseMeetings.id, meetingIds));
}

export async function plannedMeetingIds(q: Queryable, courseId: string): Promise<string[]> {
  const rows = await q
    .select({ id: courseMeetings.id })
    .from(courseMeetings)
    .where(and(eq(courseMeetings.courseId, courseId), eq(courseMeetings.status, 'planned')));
  return rows.map((r) => r.id);
}

/**
 * On a theme day of the round (the meeting by id), the names of the other
 * municipalities whose courses share its round; none on any other meeting.
 * Read by the meeting's id alone, so it travels with the meeting. Deliberately
 * unscoped – and so returning names only.
 */
export async function otherMunicipalitiesAtThemeDay(q: Queryable, meetingId: string): Promise<string[]> {
  const m = courseMeetings;
  const here = (column: SQL) =>
    sql`(SELECT ${column} FROM ${m} INNER JOIN ${courses} ON ${courses.id} = ${m.courseId} WHERE ${m.id} = ${meetingId} AND ${m.kind} = 'theme_day')`;
  const rows = await q
    .selectDistinct({ name: municipalities.name })
    .from(courses)
    .innerJoin(municipalities, eq(municipalities.code, courses.municipalityCode))
    .where(and(eq(courses.roundId, here(sql`${courses.roundId}`)), ne(courses.id, here(sql`${courses.id}`))))
    .orderBy(asc(municipalities.name));
  return rows.map((r) => r.name);
}

// ── Export ────────────────────────────────────────────────────────────────
/** A course's meetings in the plan's order (date, then kind and sequence). */
export function meetingsOfCourse(q: Queryable, courseId: string) {
  return q
    .select({
      id: courseMeetings.id,
      kind: courseMeetings.kind,
      title: courseMeetings.title,
      sequence: courseMeetings.sequence,
      date: courseMeetings.date,
      startTime: courseMeetings.startTime,
      endTime: courseMeetings.endTime,
      status: courseMeetings.status,
      location: courseMeetings.location,
    })
    .from(courseMeetings)
    .where(eq(courseMeetings.courseId, courseId))
    .orderBy(sql`${courseMeetings.date} ASC NULLS LAST`, asc(courseMeetings.kind), asc(courseMeetings.sequence));
}

/** The participants of these meetings, by name. */
export function participantsOfMeetings(q: Queryable, meetingIds: string[]) {
  return q
    .select({
      meetingId: meetingParticipants.meetingId,
      name: meetingParticipants.name,
      participantRole: meetingParticipants.participantRole,
      attended: meetingParticipants.attended,
      hours: meetingParticipants.hours,
    })
    .from(meetingParticipants)
    .where(inArray(meetingParticipants.meetingId, meetingIds))
    .orderBy(asc(meetingParticipants.name), asc(meetingParticipants.id));
}
