import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { ListOutboxResponse } from '../src/shared/contracts/decisions.js';
import { startTestApp, type TestApp } from './helpers/test-app.js';

/** Real SMTP: a local smtp-server receives what the app's Mailer (nodemailer) sends. */
let smtp: SMTPServer;
let port: number;
const received: ParsedMail[] = [];
let rejectNext = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (rejectNext > 0) {
        rejectNext--;
        callback(new Error(`550 Ukendt modtager ${address.address}`));
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => smtp.close(resolve)));

/** Empties the test database's outbox and queues `n` messages of the test's own: the outbox holds only these. */
async function queue(t: TestApp, n: number) {
  await inMaintenanceTx(t.database.db, async (tx) => {
    await tx.delete(outbox);
    await tx.insert(outbox).values(
      Array.from({ length: n }, (_, i) => ({
        toAddress: `koordinator${i}@test.example`,
        subject: `Afgørelse på jeres ansøgning – runde ${i}`,
        body: `Kære tovholder\n\nÆndringen er gemt – ${i}.`,
      })),
    );
  });
}

describe('e-mail', () => {
  it('delivers the outbox over SMTP when configured, Danish letters intact', async () => {
    received.length = 0;
    const t = await startTestApp({
      INDSATS_SMTP_URL: `smtp://127.0.0.1:${port}`,
      INDSATS_MAIL_FROM: 'Indsats <indsats@afsender.example>',
    });
    try {
      await queue(t, 2);
      expect(await t.app.mailer.deliver()).toBe(2);
      expect(received.map((m) => m.subject).sort()).toEqual([
        'Afgørelse på jeres ansøgning – runde 0',
        'Afgørelse på jeres ansøgning – runde 1',
      ]);
      expect(received[0]?.text).toContain('Ændringen er gemt');
      expect(received[0]?.from?.value).toEqual([{ name: 'Indsats', address: 'indsats@afsender.example' }]);
      const admin = await t.loginAs('national_admin');
      const list = ListOutboxResponse.parse((await admin.get('/api/v1/outbox')).json());
      expect(list.smtpConfigured).toBe(true);
      expect(list.items.map((m) => m.status)).toEqual(['sent', 'sent']);
      expect(await t.app.mailer.deliver()).toBe(0); // nothing is sent twice
    } finally {
      await t.close();
    }
  });

  it('keeps a refused message queued with the error, and retries it on the next delivery', async () => {
    received.length = 0;
    const t = await startTestApp({ INDSATS_SMTP_URL: `smtp://127.0.0.1:${port}` });
    try {
      await queue(t, 1);
      rejectNext = 1;
      expect(await t.app.mailer.deliver()).toBe(0);
      const [failed] = await inMaintenanceTx(t.database.db, (tx) => tx.select().from(outbox));
      expect(failed).toMatchObject({ status: 'queued', attempts: 1 });
      expect(failed?.error).toContain('Ukendt modtager');
      expect(await t.app.mailer.deliver()).toBe(1);
      expect(received).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('without SMTP leaves messages in the outbox for the admin to read, paged', async () => {
    const t = await startTestApp();
    try {
      await queue(t, 3);
      expect(await t.app.mailer.deliver()).toBe(0);
      const admin = await t.loginAs('national_admin');
      const page = ListOutboxResponse.parse((await admin.get('/api/v1/outbox?page=2&pageSize=2')).json());
      expect(page.meta).toEqual({ page: 2, pageSize: 2, total: 3 });
      expect(page.items).toHaveLength(1);
      expect(page.items[0]?.status).toBe('queued');
      expect(page.smtpConfigured).toBe(false);
    } finally {
      await t.close();
    }
  });
});
