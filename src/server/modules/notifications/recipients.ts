import { and, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { meetingParticipants } from '../../db/schema-course-work.js';
import { notificationPreferences } from '../../db/schema-notifications.js';
import { roleAssignments, users } from '../../db/schema.js';
import { DEFAULT_NOTIFICATION_DELIVERY, type NotificationKind } from '../../../shared/contracts/notifications.js';

/**
 * Who a notification goes to, read in one query each: people with an active
 * account only (an address without one is added by the handler that knows it).
 */

export interface Recipient {
  userId: string;
  name: string;
  email: string;
}

const person = { userId: users.id, name: users.name, email: users.email };

/** The agency's administrators. */
export function agencyAdmins(q: Queryable): Promise<Recipient[]> {
  return q
    .selectDistinct(person)
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.role, 'national_admin'), eq(users.active, true)));
}

/**
 * Every coordinator, of any municipality, whose choice for `kind` is not
 * "never" (the kind's default where they have not chosen) – for an opt-in kind
 * such as an opened round only those who chose it.
 */
export function coordinatorsWanting(q: Queryable, kind: NotificationKind): Promise<Recipient[]> {
  const p = notificationPreferences;
  const delivery = sql`coalesce(${p.delivery}, ${DEFAULT_NOTIFICATION_DELIVERY[kind]})`;
  return q
    .selectDistinct(person)
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .leftJoin(p, and(eq(p.userId, users.id), eq(p.kind, kind)))
    .where(and(eq(roleAssignments.role, 'coordinator'), eq(users.active, true), sql`${delivery} <> 'never'`));
}

/** The participants of a meeting who have an account, except `except` (who caused the notification). */
export function meetingPeople(q: Queryable, meetingId: string, except: string): Promise<Recipient[]> {
  return q
    .selectDistinct(person)
    .from(meetingParticipants)
    .innerJoin(users, eq(users.id, meetingParticipants.userId))
    .where(
      and(
        eq(meetingParticipants.meetingId, meetingId),
        isNotNull(meetingParticipants.userId),
        ne(users.id, except),
        eq(users.active, true),
      ),
    );
}

/** The coordinators of these municipalities, each with the municipality. */
export function coordinatorsOf(q: Queryable, municipalityCodes: string[]) {
  if (municipalityCodes.length === 0) return Promise.resolve([]);
  return q
    .selectDistinct({ ...person, municipalityCode: roleAssignments.municipalityCode })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'coordinator'),
        inArray(roleAssignments.municipalityCode, municipalityCodes),
        eq(users.active, true),
      ),
    );
}
