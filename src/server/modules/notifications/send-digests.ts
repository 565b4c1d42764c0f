import type { Queryable } from '../../db/client.js';
import type { OutboxAttachment } from '../../db/schema.js';
import { danishInstant } from '../../time/danish-instant.js';
import { danishToday } from '../../time/danish-today.js';
import { enqueue } from '../mail/index.js';
import { linkTo, SETTINGS_PATH } from './mail-text.js';
import * as repo from './repository.js';

/** The daily digest goes out at the first housekeeping run from this Danish time on. */
export const DIGEST_TIME = '16:00';

/**
 * The daily digest: from 16:00 Danish time, every person's notifications held
 * for the digest since the last one become one e-mail in the outbox. What
 * arrives after 16:00 waits for the next day's digest. Taking the rows marks
 * them digested in the same statement, so the job runs safely on several
 * instances and hourly: each notification is in exactly one digest.
 */
export async function sendDigests(q: Queryable, now: Date): Promise<number> {
  const cutoff = danishInstant(danishToday(now), DIGEST_TIME);
  if (now < cutoff) return 0;
  const items = await repo.takeDigestItems(q, cutoff, now);
  const byUser = new Map<string, typeof items>();
  for (const item of items) byUser.set(item.userId, [...(byUser.get(item.userId) ?? []), item]);
  const messages = [...byUser.values()].map((mine) => {
    const sorted = [...mine].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    const first = sorted[0]!;
    const attachments: OutboxAttachment[] = sorted.flatMap((i) => i.attachments);
    return {
      toAddress: first.toAddress,
      userId: first.userId,
      kind: 'digest',
      subject:
        sorted.length === 1
          ? `Dagens besked fra Indsats: ${first.subject}`
          : `Dagens ${sorted.length} beskeder fra Indsats`,
      link: SETTINGS_PATH,
      attachments,
      body: [
        'Hej',
        '',
        sorted.length === 1
          ? 'Her er dagens besked fra Indsats, samlet som du har valgt:'
          : `Her er dagens ${sorted.length} beskeder fra Indsats, samlet som du har valgt:`,
        '',
        ...sorted.flatMap((i) => [`• ${i.subject}`, `  ${linkTo(i.link ?? '/')}`, '']),
        'Venlig hilsen',
        'Indsats',
        '',
        '—',
        `Du vælger selv, hvilke beskeder du får, og om de kommer med det samme eller samlet én gang om dagen: ${linkTo(SETTINGS_PATH)}`,
      ].join('\n'),
    };
  });
  return enqueue(q, messages);
}
