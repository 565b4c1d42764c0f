import type { DomainEvents } from '../../core/events.js';
import type { Queryable } from '../../db/client.js';
import { mailBody } from './mail-text.js';
import { notify, type Notification } from './notify.js';
import { agencyAdmins, coordinatorsOf } from './recipients.js';

/**
 * Handlers of the agreement's events. Agreements are a mandatory kind: always
 * sent at once, whatever the person chose (ADR 33).
 */

/** 'agreement.sent': the municipality's coordinators, and the contact person the agreement names, get it to sign. */
export async function sendAgreementSent(q: Queryable, e: DomainEvents['agreement.sent']): Promise<void> {
  const path = `/ansoegninger/${e.applicationId}`;
  const subject = e.resent
    ? `Opdateret samarbejdsaftale til underskrift: ${e.municipalityName} Kommune, ${e.roundName}`
    : `Samarbejdsaftale til underskrift: ${e.municipalityName} Kommune, ${e.roundName}`;
  const paragraphs = [
    e.resent
      ? `Socialstyrelsen har sendt en opdateret samarbejdsaftale om ${e.roundName} til ${e.municipalityName} Kommune. Den erstatter den aftale, I fik før.`
      : `Socialstyrelsen har sendt samarbejdsaftalen om ${e.roundName} til ${e.municipalityName} Kommune.`,
    'Hent aftalen på ansøgningens side, få den underskrevet, og læg den underskrevne aftale op som PDF samme sted. Når den er underskrevet, oprettes kommunens forløb.',
  ];
  const link = { label: 'Se og underskriv aftalen', path };
  const coordinators = await coordinatorsOf(q, [e.municipalityCode]);
  const mails: Notification[] = coordinators.map((c) => ({
    kind: 'agreement',
    userId: c.userId,
    toAddress: c.email,
    subject,
    link: path,
    body: mailBody({ name: c.name, paragraphs, link }),
  }));
  const contact = e.contact.email.toLowerCase();
  if (!coordinators.some((c) => c.email.toLowerCase() === contact))
    mails.push({
      kind: 'agreement',
      userId: null,
      toAddress: e.contact.email,
      subject,
      link: path,
      body: mailBody({ name: e.contact.name, paragraphs, link }),
    });
  await notify(q, e.at, mails);
}

/** 'agreement.signed': the agency's administrators hear of it; the municipality's coordinators get a confirmation. */
export async function sendAgreementSigned(q: Queryable, e: DomainEvents['agreement.signed']): Promise<void> {
  const path = `/ansoegninger/${e.applicationId}`;
  const [admins, coordinators] = await Promise.all([agencyAdmins(q), coordinatorsOf(q, [e.municipalityCode])]);
  const toAgency = {
    subject: `Samarbejdsaftale underskrevet: ${e.municipalityName} Kommune, ${e.roundName}`,
    paragraphs: [
      `${e.municipalityName} Kommune har lagt den underskrevne samarbejdsaftale om ${e.roundName} op (${e.signedBy.name}).`,
      e.courseId ? 'Kommunens forløb er oprettet ud fra den typiske plan.' : 'Kommunens forløb fandtes allerede.',
    ],
  };
  const toMunicipality = {
    subject: `Kvittering: samarbejdsaftalen er underskrevet, ${e.roundName}`,
    paragraphs: [
      `Socialstyrelsen har modtaget ${e.municipalityName} Kommunes underskrevne samarbejdsaftale om ${e.roundName}. Den blev lagt op af ${e.signedBy.name}.`,
      'Kommunens forløb er oprettet i Indsats, og I finder det under Forløb.',
    ],
  };
  const mail =
    (text: { subject: string; paragraphs: string[] }, label: string) =>
    (r: { userId: string; name: string; email: string }): Notification => ({
      kind: 'agreement',
      userId: r.userId,
      toAddress: r.email,
      subject: text.subject,
      link: path,
      body: mailBody({ name: r.name, paragraphs: text.paragraphs, link: { label, path } }),
    });
  await notify(q, e.at, [
    ...admins.map(mail(toAgency, 'Se aftalen')),
    ...coordinators.map(mail(toMunicipality, 'Se den underskrevne aftale')),
  ]);
}
