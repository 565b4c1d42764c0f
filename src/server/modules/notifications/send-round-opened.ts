import type { DomainEvents } from '../../core/events.js';
import type { Queryable } from '../../db/client.js';
import { danishDay, danishMoment } from './danish-time.js';
import { mailBody } from './mail-text.js';
import { notify } from './notify.js';
import { coordinatorsWanting } from './recipients.js';

/**
 * Handler of 'round.opened': every coordinator who chose to hear of opened
 * rounds (off until they choose it) gets the round's course period, its
 * deadline and the link to it. One query finds them, whatever the number of
 * municipalities.
 */
export async function sendRoundOpened(q: Queryable, e: DomainEvents['round.opened']): Promise<void> {
  const path = `/runder/${e.roundId}`;
  const subject = e.reopened
    ? `Ansøgningsrunden er åbnet igen: ${e.roundName}, ny frist ${danishMoment(e.deadline)}`
    : `Ny ansøgningsrunde: ${e.roundName}, frist ${danishMoment(e.deadline)}`;
  const paragraphs = [
    `Socialstyrelsen har ${e.reopened ? 'åbnet ansøgningsrunden igen' : 'åbnet ansøgningsrunden'} ${e.roundName}. Forløbet løber fra ${danishDay(e.courseStart)} til ${danishDay(e.courseEnd)}.`,
    `Ansøgningsfristen er ${danishMoment(e.deadline)}. Kommunens ansøgning udfyldes og indsendes i Indsats.`,
  ];
  const coordinators = await coordinatorsWanting(q, 'round_opened');
  await notify(
    q,
    e.at,
    coordinators.map((c) => ({
      kind: 'round_opened',
      userId: c.userId,
      toAddress: c.email,
      subject,
      link: path,
      body: mailBody({ name: c.name, paragraphs, link: { label: 'Se runden og start ansøgningen', path } }),
    })),
  );
}
