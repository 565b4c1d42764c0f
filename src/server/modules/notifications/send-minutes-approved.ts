import type { DomainEvents } from '../../core/events.js';
import type { Queryable } from '../../db/client.js';
import { danishDay } from './danish-time.js';
import { mailBody } from './mail-text.js';
import { notify } from './notify.js';
import { meetingPeople } from './recipients.js';

/** Handler of 'meeting.minutes_approved': the meeting's participants with an account (not the approver) can read them. */
export async function sendMinutesApproved(q: Queryable, e: DomainEvents['meeting.minutes_approved']): Promise<void> {
  const path = `/forloeb/${e.courseId}/moeder/${e.meetingId}`;
  const held = e.date ? ` ${danishDay(e.date)}` : '';
  const subject = `Referatet er godkendt: ${e.title}${held}`;
  const paragraphs = [
    `Referatet af mødet ${e.title}${held} (${e.municipalityName} Kommune) er godkendt af ${e.approvedBy.name}.`,
    'Du kan læse referatet og mødets beslutninger i Indsats og hente det som PDF til dine egne papirer.',
  ];
  const people = await meetingPeople(q, e.meetingId, e.approvedBy.userId);
  await notify(
    q,
    e.at,
    people.map((p) => ({
      kind: 'minutes_approved',
      userId: p.userId,
      toAddress: p.email,
      subject,
      link: path,
      body: mailBody({ name: p.name, paragraphs, link: { label: 'Læs referatet', path } }),
    })),
  );
}
