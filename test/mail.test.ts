import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, outbox } from '../src/server/db/schema.js';
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

  it('without SMTP leaves messages in the outbox for the admin to read, a keyset page at a time', async () => {
    const t = await startTestApp();
    try {
      // Queued in one transaction: the same time to the microsecond, so only the id tells them apart.
      await queue(t, 5);
      expect(await t.app.mailer.deliver()).toBe(0);
      const admin = await t.loginAs('national_admin');
      const seen: string[] = [];
      let url = '/api/v1/outbox?limit=2';
      for (let pages = 0; pages < 5; pages++) {
        const res = await admin.get(url);
        expect(res.statusCode, res.body).toBe(200);
        const page = ListOutboxResponse.parse(res.json());
        expect(page.smtpConfigured).toBe(false);
        expect(page.items.every((m) => m.status === 'queued')).toBe(true);
        seen.push(...page.items.map((m) => m.to));
        if (!page.nextCursor) break;
        url = `/api/v1/outbox?limit=2&cursor=${page.nextCursor}`;
      }
      // Every message once, none repeated or skipped, in three pages of 2, 2 and 1.
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
      const bad = await admin.get('/api/v1/outbox?cursor=ikke-en-markoer');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('Markøren (cursor) er ugyldig');
      const wrongStatus = await admin.get('/api/v1/outbox?status=slettet');
      expect(wrongStatus.statusCode).toBe(400);
      expect(wrongStatus.body).toContain('Status skal være');
    } finally {
      await t.close();
    }
  });

  it('lets the admin find a failed message and send it again: queued afresh, delivered, audited, never twice', async () => {
    received.length = 0;
    const t = await startTestApp({ INDSATS_SMTP_URL: `smtp://127.0.0.1:${port}` });
    try {
      await queue(t, 2);
      // The first message is refused on every attempt until it fails for good; the second goes through.
      const [first] = await inMaintenanceTx(t.database.db, (tx) =>
        tx.select({ id: outbox.id, to: outbox.toAddress }).from(outbox).orderBy(outbox.toAddress),
      );
      await inMaintenanceTx(t.database.db, (tx) =>
        tx
          .update(outbox)
          .set({ status: 'failed', attempts: 5, error: '550 Ukendt modtager' })
          .where(eq(outbox.id, first!.id)),
      );
      expect(await t.app.mailer.deliver()).toBe(1);
      const admin = await t.loginAs('national_admin');

      const failed = ListOutboxResponse.parse((await admin.get('/api/v1/outbox?status=failed')).json());
      expect(failed.items.map((m) => [m.to, m.status, m.attempts, m.error])).toEqual([
        [first!.to, 'failed', 5, '550 Ukendt modtager'],
      ]);

      const retried = await admin.post(`/api/v1/outbox/${first!.id}/retry`, {});
      expect(retried.statusCode, retried.body).toBe(204);
      const [row] = await inMaintenanceTx(t.database.db, (tx) =>
        tx.select().from(outbox).where(eq(outbox.id, first!.id)),
      );
      expect(row).toMatchObject({ status: 'queued', attempts: 0, error: null });
      expect(await t.app.mailer.deliver()).toBe(1);
      expect(received.map((m) => (m.to && 'value' in m.to ? m.to.value[0]?.address : null))).toContain(first!.to);
      expect(ListOutboxResponse.parse((await admin.get('/api/v1/outbox?status=failed')).json()).items).toEqual([]);

      // Sent now: asking again is refused in words, and an unknown id is not found.
      const again = await admin.post(`/api/v1/outbox/${first!.id}/retry`, {});
      expect(again.statusCode).toBe(409);
      expect(again.json().title).toContain('Kun en e-mail, der er fejlet');
      expect((await admin.post(`/api/v1/outbox/${randomUUID()}/retry`, {})).statusCode).toBe(404);

      const audited = await inMaintenanceTx(t.database.db, (tx) =>
        tx
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'outbox.retry'), eq(auditLog.entityId, first!.id))),
      );
      expect(audited).toHaveLength(1);
      expect(audited[0]?.details).toMatchObject({ to: first!.to, attempts: 5, error: '550 Ukendt modtager' });
    } finally {
      await t.close();
    }
  });
});
