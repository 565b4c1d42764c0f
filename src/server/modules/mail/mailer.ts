import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import type { outbox } from '../../db/schema.js';
import { inMaintenanceTx } from '../../core/transaction.js';
import * as repo from './repository.js';

const MAX_ATTEMPTS = 5;
const BATCH = 20;
/** At most this many batches per delivery; what is left waits for the next one. */
const MAX_BATCHES = 50;
/** How long a claim holds (ADR 33): longer than a batch can take, given the SMTP timeouts below. */
export const CLAIM_LEASE_MS = 10 * 60_000;
/** A batch stops sending when less than this is left of its lease (the rest lapses and is claimed again). */
const LEASE_MARGIN_MS = 2 * 60_000;

/**
 * Delivers the outbox. Every message is first written to the `outbox` table in
 * the transaction of the change that caused it (so a rolled-back change sends
 * nothing); `deliver()` then sends what is queued over SMTP when
 * INDSATS_SMTP_URL is set. Without SMTP the messages stay in the outbox, where
 * the admin reads them. A failed send is retried on the next delivery, up to
 * five attempts.
 *
 * Several instances may deliver from one database at once (ADR 33): each
 * claims a batch with `FOR UPDATE SKIP LOCKED` and a lease (`claimed_by`,
 * `claimed_until`) in a short transaction, sends it, and marks each message
 * sent only while it still holds the claim. A crashed instance's claims lapse
 * and another instance sends them.
 */
declare module 'fastify' {
  interface FastifyInstance {
    /** Delivers the e-mail outbox. */
    mailer: Mailer;
  }
}

type OutboxRow = typeof outbox.$inferSelect;

/** What the Mailer fills in when it sends: the service's address, and the agency's meeting organiser. */
export interface MailSettings {
  publicUrl: string;
  organizer: { name: string; email: string };
}

/**
 * A message's text with the configured values in place of the tokens: the
 * service's address for the links' token (notifications/mail-text.ts), the
 * organiser's name and address for the agency organiser's tokens
 * (calendar/meeting-invitation-mail.ts).
 */
export function withPublicUrl(text: string, settings: MailSettings): string {
  return text
    .replaceAll(PUBLIC_URL_TOKEN, settings.publicUrl)
    .replaceAll(ORGANIZER_NAME_TOKEN, settings.organizer.name)
    .replaceAll(ORGANIZER_EMAIL_TOKEN, settings.organizer.email);
}

/**
 * An iCalendar text with the service's address in place of the token: lines are
 * unfolded first (the token may be folded across two), then folded again at 75
 * octets, never inside a UTF-8 character (RFC 5545 §3.1).
 */
export function calendarWithPublicUrl(ics: string, settings: MailSettings): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((line) => fold(withPublicUrl(line, settings))).join('\r\n');
}

function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // a continuation line starts with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The token a notification's links start with; the Mailer puts INDSATS_PUBLIC_URL there. */
export const PUBLIC_URL_TOKEN = '{{indsats}}';
/**
 * The tokens of the agency as a meeting's organiser (a course without a
 * consultant); the Mailer puts INDSATS_MAIL_ORGANIZER (else the sender) there.
 * The name stands inside the quoted CN of ORGANIZER, which config.ts keeps free of quotes.
 */
export const ORGANIZER_NAME_TOKEN = '{{arrangoer-navn}}';
export const ORGANIZER_EMAIL_TOKEN = '{{arrangoer-email}}';

export class Mailer {
  private readonly transport: Transporter | null;
  private running: Promise<number> | null = null;
  /** This instance's name on its claims. */
  readonly instance = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly db: Db,
    private readonly config: Pick<Config, 'mail' | 'clock' | 'publicUrl'>,
  ) {
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport({
          url: config.mail.smtpUrl,
          connectionTimeout: 30_000,
          greetingTimeout: 30_000,
          socketTimeout: 60_000,
        })
      : null;
  }

  private get settings(): MailSettings {
    return { publicUrl: this.config.publicUrl, organizer: this.config.mail.organizer };
  }

  get smtpConfigured(): boolean {
    return this.transport !== null;
  }

  /** Sends the queued messages; returns how many were sent. One delivery runs at a time per instance. */
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
    let sent = 0;
    const tried = new Set<string>();
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const now = this.config.clock();
      const leaseUntil = new Date(now.getTime() + CLAIM_LEASE_MS);
      const claimed = await inMaintenanceTx(this.db, (tx) =>
        repo.claimDue(tx, { instance: this.instance, now, leaseUntil, maxAttempts: MAX_ATTEMPTS, limit: BATCH }),
      );
      const fresh = claimed.filter((m) => !tried.has(m.id));
      if (fresh.length === 0) {
        // Only messages this delivery already tried (and gave back): release them for the next one.
        await this.release(claimed);
        break;
      }
      await this.release(claimed.filter((m) => tried.has(m.id)));
      for (const message of fresh) {
        tried.add(message.id);
        if (this.config.clock().getTime() > leaseUntil.getTime() - LEASE_MARGIN_MS) break; // the rest lapses
        sent += await this.sendOne(transport, message);
      }
      if (claimed.length < BATCH) break;
    }
    return sent;
  }

  /** Sends one claimed message and records the outcome; 1 when it was sent. */
  private async sendOne(transport: Transporter, message: OutboxRow): Promise<number> {
    try {
      await transport.sendMail(this.mailOf(message));
    } catch (err) {
      const final = message.attempts + 1 >= MAX_ATTEMPTS;
      await inMaintenanceTx(this.db, (tx) =>
        repo.markFailed(tx, message.id, this.instance, (err as Error).message, final),
      );
      return 0;
    }
    await inMaintenanceTx(this.db, (tx) => repo.markSent(tx, message.id, this.instance, this.config.clock()));
    return 1;
  }

  private async release(messages: OutboxRow[]): Promise<void> {
    if (messages.length === 0) return;
    await inMaintenanceTx(this.db, (tx) =>
      repo.releaseClaims(
        tx,
        messages.map((m) => m.id),
        this.instance,
      ),
    );
  }

  private mailOf(message: OutboxRow): SendMailOptions {
    const invitation = message.attachments.find((a) => a.method);
    const files = message.attachments.filter((a) => a !== invitation);
    return {
      from: this.config.mail.from,
      to: message.toAddress,
      subject: message.subject,
      text: withPublicUrl(message.body, this.settings),
      ...(invitation
        ? {
            icalEvent: {
              method: invitation.method,
              filename: invitation.filename,
              content: calendarWithPublicUrl(invitation.content, this.settings),
            },
          }
        : {}),
      ...(files.length > 0
        ? {
            // A digest's further invitations travel as files; their tokens are filled in too.
            attachments: files.map((f) => ({
              filename: f.filename,
              contentType: f.contentType,
              content: f.method ? calendarWithPublicUrl(f.content, this.settings) : f.content,
            })),
          }
        : {}),
    };
  }
}
