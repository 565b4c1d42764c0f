import type { ParsedMail } from 'mailparser';
import { expect } from 'vitest';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { outbox } from '../../src/server/db/schema.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.js';

/** The public address the notification tests' links start with. */
export const PUBLIC = 'https://indsats.test.example';

/** A test app that sends its mail over SMTP to a real local server that parses it (the notification tests). */
export interface MailTestApp {
  t: TestApp;
  sink: SmtpSink;
  /** Delivers what is pending, empties the outbox and the sink, runs `work`, delivers, and returns what arrived. */
  mailsOf(work: () => Promise<unknown>): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

export async function startMailTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<MailTestApp> {
  const sink = await startSmtpSink();
  const t = await startTestApp({ INDSATS_SMTP_URL: sink.url, INDSATS_PUBLIC_URL: PUBLIC, ...env }, options);
  return {
    t,
    sink,
    async mailsOf(work) {
      // What earlier requests queued (delivered after their response) must not arrive in this batch.
      await t.app.mailer.deliver();
      await inMaintenanceTx(t.database.db, (tx) => tx.delete(outbox));
      sink.received.length = 0;
      await work();
      await t.app.mailer.deliver();
      return [...sink.received];
    },
    async close() {
      await t.close();
      await sink.close();
    },
  };
}

/** The recipient's address of a parsed mail. */
export function recipientOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address?.toLowerCase() ?? '';
}

/** The mails to one address. */
export function mailsTo(mails: ParsedMail[], email: string): ParsedMail[] {
  return mails.filter((m) => recipientOf(m) === email.toLowerCase());
}

/** The working link of a mail: the public address followed by the page's path, answered by the web client's route. */
export function expectLink(mail: ParsedMail, path: string): void {
  expect(mail.text).toContain(`${PUBLIC}${path}`);
  expect(mail.text).not.toContain('{{');
}
