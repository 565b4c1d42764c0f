import type { CoursePlan, MeetingKind } from '../../shared/contracts/courses.js';
import type { Queryable } from '../db/client.js';

/**
 * Domain events: a side effect in another module ("course created → invite the
 * participants") is published here, never imported from that module's internals
 * (ADR 23). The list is closed; each event has one typed payload.
 *
 * Handlers run in the publisher's transaction, one after the other, before
 * `publish` returns: their writes – and any audit rows they queue – commit or
 * roll back with the publisher's work. The composition root registers them
 * once at start (src/server/event-handlers.ts).
 */

/** A course as the handlers of its events need it. */
export interface CourseCircleFacts {
  readonly municipalityCode: string;
  readonly consultantId: string | null;
  /** The consultant's name when the publisher has it (saves a query). */
  readonly consultantName?: string | null;
  readonly plan: CoursePlan;
}

/** A meeting that has just been added to a course. */
export interface AddedMeeting {
  readonly id: string;
  readonly kind: MeetingKind;
  readonly groupKey: string | null;
}

export interface DomainEvents {
  /** A course was created from a signed agreement, with its planned meetings. */
  'course.created': {
    readonly courseId: string;
    readonly course: CourseCircleFacts;
    readonly meetings: readonly AddedMeeting[];
  };
  /** A plan change added meetings to a course. */
  'course.meetings_added': {
    readonly courseId: string;
    readonly course: CourseCircleFacts;
    readonly meetings: readonly AddedMeeting[];
  };
  /** The course's consultant changed (`from`/`to` null = none), at the request's instant `at`. */
  'course.consultant_changed': {
    readonly courseId: string;
    readonly from: string | null;
    readonly to: string | null;
    readonly at: Date;
  };
  /** Meetings were dated, moved, taken off the calendar, cancelled or planned again (notifications send invitations). */
  'meeting.calendar_changed': { readonly meetingIds: readonly string[]; readonly at: Date };
  /** A municipality submitted its application (notifications send the receipt). */
  'application.submitted': {
    readonly applicationId: string;
    readonly roundName: string;
    readonly municipalityName: string;
    readonly submittedBy: { readonly userId: string; readonly name: string; readonly email: string };
    /** The application's contact person's address ('' when none). */
    readonly contactEmail: string;
    readonly at: Date;
  };
  /** Assessors were added to a round (notifications tell each one what to score, and by when). */
  'round.assessors_assigned': {
    readonly roundId: string;
    readonly roundName: string;
    /** The application deadline (an instant), and the day by which scoring must be done (the courses' start, as "Mine opgaver" says). */
    readonly deadline: Date;
    readonly scoreBy: string;
    readonly assessors: readonly { readonly userId: string; readonly name: string; readonly email: string }[];
    readonly at: Date;
  };
  /** A round opened for applications: created with its deadline ahead, or a closed round's deadline moved into the future. */
  'round.opened': {
    readonly roundId: string;
    readonly roundName: string;
    readonly deadline: Date;
    readonly courseStart: string;
    readonly courseEnd: string;
    /** True when a closed round opened again. */
    readonly reopened: boolean;
    readonly at: Date;
  };
  /** The agency sent (or sent again) a municipality its collaboration agreement to sign. */
  'agreement.sent': {
    readonly applicationId: string;
    readonly municipalityCode: string;
    readonly municipalityName: string;
    readonly roundName: string;
    /** The municipality's contact person named in the agreement (may have no account). */
    readonly contact: { readonly name: string; readonly email: string };
    /** True when an unsigned agreement was sent again with new terms. */
    readonly resent: boolean;
    readonly at: Date;
  };
  /** The municipality uploaded its signed agreement. */
  'agreement.signed': {
    readonly applicationId: string;
    readonly municipalityCode: string;
    readonly municipalityName: string;
    readonly roundName: string;
    readonly signedBy: { readonly userId: string; readonly name: string };
    /** The course the signature created, if any. */
    readonly courseId: string | null;
    readonly at: Date;
  };
  /** A meeting's minutes were approved (notifications tell its participants). */
  'meeting.minutes_approved': {
    readonly meetingId: string;
    readonly courseId: string;
    readonly title: string;
    readonly date: string | null;
    readonly municipalityName: string;
    readonly approvedBy: { readonly userId: string; readonly name: string };
    readonly at: Date;
  };
}

export type DomainEventName = keyof DomainEvents;

/** One handler: runs in the publisher's transaction `tx`. */
export type DomainEventHandler<E extends DomainEventName> = (tx: Queryable, payload: DomainEvents[E]) => Promise<void>;

/** Every event's handlers (an event nobody handles has an empty list, said out loud). */
export type DomainEventHandlers = { readonly [E in DomainEventName]: readonly DomainEventHandler<E>[] };

let registered: DomainEventHandlers | null = null;

/** Sets the handlers; called by the composition root at start (idempotent for the same table). */
export function setDomainEventHandlers(handlers: DomainEventHandlers): void {
  if (registered !== null && registered !== handlers) throw new Error('domain event handlers are already set');
  registered = handlers;
}

/** Publishes `event` in `tx`: every handler runs, in order, before this returns. */
export async function publish<E extends DomainEventName>(
  tx: Queryable,
  event: E,
  payload: DomainEvents[E],
): Promise<void> {
  if (registered === null)
    throw new Error(`domain event ${event} published before the handlers were set (src/server/event-handlers.ts)`);
  const handlers: readonly DomainEventHandler<E>[] = registered[event];
  for (const handle of handlers) await handle(tx, payload);
}
