import type { DomainEvents } from '../../core/events.js';
import type { Queryable } from '../../db/client.js';
import { danishWhen } from './danish-time.js';
import { mailBody } from './mail-text.js';
import { notify, type Notification } from './notify.js';

/** Copenhagen wall time of an instant: date and HH:MM. */
const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function copenhagen(at: Date): { date: string; time: string } {
  const p = Object.fromEntries(PARTS.formatToParts(at).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/**
 * Handler of 'application.submitted': a receipt to the person who submitted,
 * and to the application's contact person when that is another address.
 */
export async function sendApplicationReceipt(q: Queryable, e: DomainEvents['application.submitted']): Promise<void> {
  const { date, time } = copenhagen(e.at);
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
