import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { outbox } from '../src/server/db/schema.js';
import { notificationDigest } from '../src/server/db/schema-notifications.js';
import { notify, runNotificationJobs } from '../src/server/modules/notifications/index.js';
import { linkTo, mailBody } from '../src/server/modules/notifications/mail-text.js';
import { NotificationPreferencesResponse } from '../src/shared/contracts/notifications.js';
import { danishInstant } from '../src/server/time/danish-instant.js';
import { mailsTo, PUBLIC, startMailTestApp, type MailTestApp } from './helpers/mail-test-app.js';
import type { TestApp } from './helpers/test-app.js';

/** A person's e-mail choices per kind, and the daily digest through a real SMTP server (issue 11, point 2). */
let m: MailTestApp;
let t: TestApp;

beforeAll(async () => {
  m = await startMailTestApp();
  t = m.t;
});
afterAll(() => m.close());

describe('notification preferences', () => {
  it('refuse a mandatory kind, save the others, and route notifications at once, to the digest or nowhere', async () => {
    const agent = await t.loginAs('coordinator', { municipalityCode: '0101' });
    const me = agent.person;
    const first = NotificationPreferencesResponse.parse(
      (await agent.get('/api/v1/me/notification-preferences')).json(),
    );
    expect(first.items.find((p) => p.kind === 'round_opened')).toEqual({
      kind: 'round_opened',
      delivery: 'never',
      mandatory: false,
    });
    expect(first.items.find((p) => p.kind === 'decision')).toMatchObject({ delivery: 'immediate', mandatory: true });

    const refused = await agent.put('/api/v1/me/notification-preferences', {
      items: [
        { kind: 'meeting', delivery: 'digest' },
        { kind: 'agreement', delivery: 'never' },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'notification_mandatory' });
    const unchanged = NotificationPreferencesResponse.parse(
      (await agent.get('/api/v1/me/notification-preferences')).json(),
    );
    expect(unchanged).toEqual(first);

    const saved = await agent.put('/api/v1/me/notification-preferences', {
      items: [
        { kind: 'meeting', delivery: 'digest' },
        { kind: 'minutes_approved', delivery: 'digest' },
        { kind: 'reminder', delivery: 'never' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const items = NotificationPreferencesResponse.parse(saved.json()).items;
    expect(Object.fromEntries(items.map((p) => [p.kind, p.delivery]))).toMatchObject({
      meeting: 'digest',
      minutes_approved: 'digest',
      reminder: 'never',
      round_opened: 'never',
      decision: 'immediate',
    });

    // Another person's choices are their own.
    const other = await t.loginAs('coordinator', { municipalityCode: '0101' });
    const theirs = NotificationPreferencesResponse.parse(
      (await other.get('/api/v1/me/notification-preferences')).json(),
    );
    expect(theirs).toEqual(first);

    // The day: two digest notifications, one never, one mandatory, at 09:00 Danish time.
    const morning = danishInstant('2027-03-02', '09:00');
    const of = (kind: 'meeting' | 'minutes_approved' | 'reminder' | 'agreement', subject: string) => ({
      kind,
      userId: me.id,
      toAddress: me.email,
      subject,
      link: `/sti/${kind}`,
      body: mailBody({ paragraphs: [subject], link: { label: 'Se mere', path: `/sti/${kind}` } }),
    });
    const queued = await inMaintenanceTx(t.database.db, async (tx) => {
      await tx.delete(outbox);
      return notify(tx, morning, [
        of('meeting', 'Møde flyttet'),
        of('minutes_approved', 'Referat godkendt'),
        of('reminder', 'Påmindelse'),
        of('agreement', 'Samarbejdsaftale sendt'),
      ]);
    });
    expect(queued).toBe(1);
    const waiting = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(notificationDigest).where(eq(notificationDigest.userId, me.id)),
    );
    expect(waiting.map((w) => w.subject).sort()).toEqual(['Møde flyttet', 'Referat godkendt']);

    // Before 16:00 no digest; at 16:30 one, and only once however often housekeeping runs.
    // (Housekeeping also reminds the demo's people of what is due then: only this person's mail is counted.)
    const digests = () =>
      inMaintenanceTx(t.database.db, (tx) =>
        tx
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(eq(outbox.userId, me.id), eq(outbox.kind, 'digest'))),
      );
    await runNotificationJobs(t.database.db, danishInstant('2027-03-02', '15:00'));
    expect(await digests()).toHaveLength(0);
    await runNotificationJobs(t.database.db, danishInstant('2027-03-02', '16:30'));
    expect(await digests()).toHaveLength(1);
    await runNotificationJobs(t.database.db, danishInstant('2027-03-02', '17:30'));
    expect(await digests()).toHaveLength(1);

    m.sink.received.length = 0;
    await t.app.mailer.deliver();
    const bySubject = new Map(mailsTo(m.sink.received, me.email).map((x) => [x.subject, x]));
    expect([...bySubject.keys()].sort()).toEqual(['Dagens 2 beskeder fra Indsats', 'Samarbejdsaftale sendt']);
    const digest = bySubject.get('Dagens 2 beskeder fra Indsats')!;
    expect(digest.to).toMatchObject({ value: [{ address: me.email }] });
    expect(digest.text).toContain('Her er dagens 2 beskeder fra Indsats');
    expect(digest.text).toContain(`• Møde flyttet\n  ${PUBLIC}/sti/meeting`);
    expect(digest.text).toContain(`${PUBLIC}/adgangskode#beskeder`);
    expect(digest.text).not.toContain(linkTo(''));
  });
});
