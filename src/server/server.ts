import { mkdirSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { pruneAudit } from './audit/retention.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { findSecurityProblems } from './db/security-check.js';
import { deleteExpiredLinks, deleteExpiredSessions, deleteSpentThrottleRows } from './modules/auth/index.js';
import { runNotificationJobs } from './modules/notifications/index.js';
import { loadReferenceData } from './seed/reference-data.js';
import { users } from './db/schema.js';
import { danishToday } from './time/danish-today.js';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.poolSize });
}

/**
 * Whether to seed the demo on first start, and the day it is seeded on
 * (YYYY-MM-DD, Danish date of the app's clock): the demo's dates follow it.
 */
export type DemoSeeding = { demo: false } | { demo: true; today: string };

/**
 * Makes a database ready to serve: migrations, reference data, the security
 * check (refuses to continue when row-level security or the audit log's
 * protection is not in force), and demo data on first start when enabled.
 */
export async function prepareDatabase(database: Database, options: DemoSeeding): Promise<void> {
  await migrateDatabase(database);
  await loadReferenceData(database.db);
  const problems = await findSecurityProblems(database.db);
  if (problems.length > 0) {
    throw new Error(`Indsats starter ikke, fordi databasens sikkerhed ikke er i orden:\n- ${problems.join('\n- ')}`);
  }
  if (options.demo && !(await hasUsers(database))) {
    // Only a first start seeds: a restart does not load the demo's code.
    const { seedDemo } = await import('./seed/seed-demo.js');
    await seedDemo(database.db, options.today);
  }
}

async function hasUsers(database: Database): Promise<boolean> {
  const rows = await database.db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}

const HOUR_MS = 3_600_000;

const MAIL_RETRY_MS = 5 * 60_000;

/** Hourly housekeeping: audit retention, expired sessions and spent login-throttle rows, done by the application itself. */
export function startHousekeeping(app: FastifyInstance): () => void {
  // On PostgreSQL housekeeping has a connection of its own, so a long prune never takes one
  // from the requests' pool; on PGlite there is one connection and the prune's batches are small (ADR 15).
  const own =
    app.database.engine === 'postgres' && app.config.databaseUrl
      ? openDatabase({ databaseUrl: app.config.databaseUrl, poolSize: 1 })
      : null;
  const run = async () => {
    try {
      const db = own ? (await own).db : app.database.db;
      const now = app.clock();
      const removed = await pruneAudit(db, app.config.audit, { now });
      await deleteExpiredSessions(db, app.config.session.idleMinutes, now);
      await deleteSpentThrottleRows(db, now);
      await deleteExpiredLinks(db, now);
      if (removed.access + removed.change + removed.auth > 0) app.log.info({ removed }, 'audit retention applied');
      // Daily digests and reminders (ADR 33), then their delivery.
      if ((await runNotificationJobs(db, now)) > 0) await app.mailer.deliver();
    } catch (err) {
      app.log.error({ err }, 'housekeeping failed');
    }
  };
  void run();
  const timer = setInterval(() => void run(), HOUR_MS);
  timer.unref();
  // Messages a failed SMTP delivery left queued are retried every five minutes (up to five attempts).
  const mail = setInterval(() => {
    app.mailer.deliver().catch((err: unknown) => app.log.error({ err }, 'mail delivery failed'));
  }, MAIL_RETRY_MS);
  mail.unref();
  return () => {
    clearInterval(timer);
    clearInterval(mail);
    void own?.then((database) => database.close());
  };
}

/** The demo, when enabled, is seeded on the Danish date of the app's clock (INDSATS_CLOCK or the system's). */
export async function startServer(config: Config): Promise<FastifyInstance> {
  const { clock } = config;
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database, config.demo ? { demo: true, today: danishToday(clock()) } : { demo: false });
  } catch (err) {
    await database.close();
    throw err;
  }
  // Loaded here, not at the top: the CLI's other commands (migrate, audit …) need none of the web app.
  // (Loading it while the database opens was tried: no faster, 0.2 s more CPU.)
  const { buildApp } = await import('./app.js');
  const app = await buildApp({ config, database, clock });
  const stopHousekeeping = startHousekeeping(app);
  app.addHook('onClose', async () => {
    stopHousekeeping();
    await database.close();
  });
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite i ${config.dataDir}`;
  console.log(`Indsats kører på http://localhost:${config.port} (database: ${where})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
  return app;
}
