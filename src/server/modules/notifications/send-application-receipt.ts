import type { DomainEvents } from '../../core/events.js';
import type { Queryable } from '../../db/client.js';
import { danishDateAndTime } from '../../time/danish-date-and-time.js';
import { danishWhen } from './danish-time.js';
import { mailBody } from './mail-text.js';
import { notify, type Notification } from './notify.js';

/**
 * Handler of 'application.submitted': a receipt to the person who submitted,
 * and to the application's contact person when that is another address.
 */
export async function sendApplicationReceipt(q: Queryable, e: DomainEvents['application.submitted']): Promise<void> {
  const { date, time } = danishDateAndTime(e.at);
  const path = `/ansoegninger/${e.applicationId}`;
  const subject = `Kvittering: ${e.municipalityName} Kommunes ansøgning til ${e.roundName} er modtaget`;
  const paragraphs = [
    `Vi har modtaget ${e.municipalityName} Kommunes ansøgning til ${e.roundName}. Den blev indsendt ${danishWhen(date, time, null)} af ${e.submittedBy.name}.`,
    'I får besked, når ansøgningerne er bedømt og afgørelsen er truffet. Kvitteringen med hele ansøgningen kan hentes som PDF på ansøgningens side.',
  ];
  const body = (name: string | null) => mailBody({ name, paragraphs, link: { label: 'Se ansøgningen', path } });
  const to: Notification[] = [
    {
      kind: 'application_receipt',
      userId: e.submittedBy.userId,
      toAddress: e.submittedBy.email,
      subject,
      link: path,
      body: body(e.submittedBy.name),
    },
  ];
  if (e.contactEmail && e.contactEmail.toLowerCase() !== e.submittedBy.email.toLowerCase())
    to.push({
      kind: 'application_receipt',
      userId: null,
      toAddress: e.contactEmail,
      subject,
      link: path,
      body: body(null),
    });
  await notify(q, e.at, to);
}
