import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { inMaintenanceTx } from '../../core/transaction.js';
import * as repo from './repository.js';

const MAX_ATTEMPTS = 5;
const BATCH = 50;

/**
 * Delivers the outbox. Every message is first written to the `outbox` table in
 * the transaction of the change that caused it (so a rolled-back change sends
 * nothing); `deliver()` then sends what is queued over SMTP when
 * INDSATS_SMTP_URL is set. Without SMTP the messages stay in the outbox, where
 * the admin reads them. A failed send is retried on the next delivery, up to
 * five attempts.
 */
declare module 'fastify' {
  interface FastifyInstance {
    /** Delivers the e-mail outbox. */
    mailer: Mailer;
  }
}

export class Mailer {
  private readonly transport: Transporter | null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'mail' | 'clock'>,
  ) {
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : null;
  }

  get smtpConfigured(): boolean {
    return this.transport !== null;
  }

  /** Sends the queued messages; returns how many were sent. One delivery runs at a time. */
  deliver(): Promise<number> {
    if (!this.transport) return Promise.resolve(0);
    this.running ??= this.sendQueued(this.transport).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  close(): void {
    this.transport?.close();
  }

  private async sendQueued(transport: Transporter): Promise<number> {
    const due = await inMaintenanceTx(this.db, (tx) => repo.dueMessages(tx, MAX_ATTEMPTS, BATCH));
    let sent = 0;
    for (const message of due) {
      try {
        await transport.sendMail({
          from: this.config.mail.from,
          to: message.toAddress,
          subject: message.subject,
          text: message.body,
        });
        await inMaintenanceTx(this.db, (tx) => repo.markSent(tx, message.id, this.config.clock()));
        sent++;
      } catch (err) {
        const final = message.attempts + 1 >= MAX_ATTEMPTS;
        await inMaintenanceTx(this.db, (tx) => repo.markFailed(tx, message.id, (err as Error).message, final));
      }
    }
    return sent;
  }
}
