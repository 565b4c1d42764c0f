import type { DomainEvents } from '../../core/events.js';
import type { Queryable } from '../../db/client.js';
import { danishDay, danishMoment } from './danish-time.js';
import { mailBody } from './mail-text.js';
import { notify } from './notify.js';

/** Where an assessor's applications to score are listed. */
const WORKLIST = '/bedoemmelser';

/**
 * Handler of 'round.assessors_assigned': each new assessor hears which round,
 * when applications come in (the deadline), and the day by which they must be
 * scored – the courses' start, the due date "Mine opgaver" gives them.
 */
export async function sendAssessorAssigned(q: Queryable, e: DomainEvents['round.assessors_assigned']): Promise<void> {
  const subject = `Du er sat på som bedømmer i ${e.roundName}`;
  const paragraphs = [
    `Socialstyrelsen har sat dig på som bedømmer af ansøgningerne i ${e.roundName}.`,
    `Ansøgningsfristen er ${danishMoment(e.deadline)}. Derefter kan du bedømme de indsendte ansøgninger. ` +
      `De skal være bedømt senest ${danishDay(e.scoreBy)}.`,
    'Før du bedømmer en ansøgning, erklærer du, om du er inhabil. Ansøgningerne, du skal bedømme, står under Bedømmelser og på Mine opgaver.',
  ];
  await notify(
    q,
    e.at,
    e.assessors.map((a) => ({
      kind: 'assessor_assigned',
      userId: a.userId,
      toAddress: a.email,
      subject,
      link: WORKLIST,
      body: mailBody({
        name: a.name,
        paragraphs,
        link: { label: 'Se ansøgningerne, du skal bedømme', path: WORKLIST },
      }),
    })),
  );
}
