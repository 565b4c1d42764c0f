import { setDomainEventHandlers, type DomainEventHandlers } from './core/events.js';
import { followConsultant, inviteDefaultParticipants } from './modules/meetings/index.js';
import {
  sendAgreementSent,
  sendAgreementSigned,
  sendApplicationReceipt,
  sendAssessorAssigned,
  sendMeetingInvitations,
  sendMinutesApproved,
  sendRoundOpened,
} from './modules/notifications/index.js';

/**
 * Who handles which domain event (core/events.ts, ADR 23): the one place where a
 * module's side effect in another is wired. Each handler comes from its module's
 * public entry and runs in the publisher's transaction.
 */
export const domainEventHandlers = {
  // The new course's meetings get their default participants.
  'course.created': [(tx, e) => inviteDefaultParticipants(tx, e.course, e.meetings)],
  // So do meetings a plan change adds.
  'course.meetings_added': [(tx, e) => inviteDefaultParticipants(tx, e.course, e.meetings)],
  // A new consultant takes the old one's place on the planned meetings.
  'course.consultant_changed': [(tx, e) => followConsultant(tx, e.courseId, e.from, e.to, e.at)],
  // Participants get an invitation (.ics REQUEST), a move (a higher SEQUENCE) or a cancellation (CANCEL).
  'meeting.calendar_changed': [(tx, e) => sendMeetingInvitations(tx, e.meetingIds, e.at)],
  // The submitter and the contact person get a receipt.
  'application.submitted': [(tx, e) => sendApplicationReceipt(tx, e)],
  // Each new assessor hears what to score and by when.
  'round.assessors_assigned': [(tx, e) => sendAssessorAssigned(tx, e)],
  // Coordinators who chose it hear of the new round.
  'round.opened': [(tx, e) => sendRoundOpened(tx, e)],
  // The municipality gets its agreement to sign; when signed, the agency hears and the municipality gets a receipt.
  'agreement.sent': [(tx, e) => sendAgreementSent(tx, e)],
  'agreement.signed': [(tx, e) => sendAgreementSigned(tx, e)],
  // The meeting's participants can read the approved minutes.
  'meeting.minutes_approved': [(tx, e) => sendMinutesApproved(tx, e)],
} satisfies DomainEventHandlers;

/** Sets the handlers; buildApp and the demo seed call it before any use case runs (idempotent). */
export function registerDomainEventHandlers(): void {
  setDomainEventHandlers(domainEventHandlers);
}
