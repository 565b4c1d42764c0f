import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { clockFrom } from '../../src/server/core/clock.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { openDatabase, type Database } from '../../src/server/db/client.js';
import { outbox } from '../../src/server/db/schema.js';
import { CLAIM_LEASE_MS, Mailer } from '../../src/server/modules/mail/index.js';
import { withDatabaseName } from '../helpers/global-setup.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { TEST_START } from '../helpers/test-clock.js';

/**
 * PostgreSQL only: two app instances (two Mailers on two pools) deliver from one
 * database at the same time through a real SMTP server (ADR 33).
 */
const url = process.env.DATABASE_URL;
let admin: pg.Client;
let name: string;
let instances: Database[];
let sink: SmtpSink;

beforeAll(async () => {
  if (!url) throw new Error('this file runs in the postgres project, which needs DATABASE_URL');
  name = `indsats_mail_${randomBytes(4).toString('hex')}`;
  admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')}`);
  instances = await Promise.all(
    [1, 2].map(() => openDatabase({ databaseUrl: withDatabaseName(url, name), poolSize: 3 })),
  );
  sink = await startSmtpSink();
});
afterAll(async () => {
  await Promise.all(instances.map((db) => db.close()));
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await sink.close();
});

async function queue(n: number, tag: string) {
  await inMaintenanceTx(instances[0]!.db, async (tx) => {
    await tx.delete(outbox);
    await tx.insert(outbox).values(
      Array.from({ length: n }, (_, i) => ({
        toAddress: `modtager${i}@test.example`,
        subject: `${tag} ${i}`,
        body: `Besked nummer ${i}`,
      })),
    );
  });
}

function mailer(db: Database, clock: () => Date) {
  return new Mailer(db.db, {
    mail: {
      smtpUrl: sink.url,
      from: 'Indsats <indsats@test.example>',
      organizer: { name: 'Indsats', email: 'indsats@test.example' },
    },
    clock,
    publicUrl: 'https://indsats.test',
  });
}

describe('two instances on one PostgreSQL', () => {
  it('deliver every message exactly once when they send at the same time', async () => {
    sink.received.length = 0;
    await queue(24, 'Samtidig');
    const clock = clockFrom(TEST_START);
    const [a, b] = [mailer(instances[0]!, clock), mailer(instances[1]!, clock)];
    try {
      const [sentA, sentB] = await Promise.all([a.deliver(), b.deliver()]);
      expect(sentA + sentB).toBe(24);
      expect(sentA).toBeGreaterThan(0);
      expect(sentB).toBeGreaterThan(0);
      const subjects = sink.received.map((m) => m.subject).filter((s) => s?.startsWith('Samtidig'));
      expect(subjects).toHaveLength(24);
      expect(new Set(subjects).size).toBe(24);
      const rows = await inMaintenanceTx(instances[1]!.db, (tx) => tx.select().from(outbox));
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && r.claimedBy === null)).toBe(true);
      expect(await Promise.all([a.deliver(), b.deliver()])).toEqual([0, 0]);
    } finally {
      a.close();
      b.close();
    }
  });

  it("send a crashed instance's claimed messages once its lease has lapsed, and not before", async () => {
    sink.received.length = 0;
    await queue(3, 'Efterladt');
    // The crashed instance claimed everything and never sent it.
    await inMaintenanceTx(instances[0]!.db, (tx) =>
      tx
        .update(outbox)
        .set({ claimedBy: 'død-instans', claimedUntil: new Date(TEST_START.getTime() + CLAIM_LEASE_MS) }),
    );
    let now = TEST_START;
    const survivor = mailer(instances[1]!, () => now);
    try {
      expect(await survivor.deliver()).toBe(0);
      now = new Date(TEST_START.getTime() + CLAIM_LEASE_MS + 1000);
      expect(await survivor.deliver()).toBe(3);
      expect(sink.received.map((m) => m.subject).sort()).toEqual(['Efterladt 0', 'Efterladt 1', 'Efterladt 2']);
    } finally {
      survivor.close();
    }
  });
});
