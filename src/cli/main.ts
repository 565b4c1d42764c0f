import { Command, Option } from 'commander';
import { ROLES, type Role } from '../shared/roles.js';
import { loadConfig, type Config } from '../server/config.js';
import type { Actor } from '../server/core/actor.js';
import type { Database } from '../server/db/client.js';
import { registerCostsCommand } from './costs-command.js';
import { registerScheduleCommand } from './schedule-command.js';
import { registerSelectionCommand } from './selection-command.js';

// Each command imports what it needs when it runs: `start` must not wait for
// the code of the other commands (the restart goal of issue 10, point 9).
const server = () => import('../server/server.js');

/** Actions taken from the command line are audited as this system actor. */
const SYSTEM_ACTOR: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'Kommandolinjen',
  email: 'system',
  role: 'national_admin',
  municipalityCode: null,
  institutionIds: [],
  ip: null,
};

async function withDatabase<T>(work: (db: Database, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { openConfiguredDatabase } = await server();
  const database = await openConfiguredDatabase(config);
  try {
    return await work(database, config);
  } finally {
    await database.close();
  }
}

const program = new Command()
  .name('indsats')
  .description('Indsats – målrettede sociale indsatser i dagtilbud')
  .showHelpAfterError();

program
  .command('start')
  .description('Start webserveren (migrerer databasen og indlæser demodata første gang)')
  .action(async () => {
    const { startServer } = await server();
    await startServer(loadConfig());
  });

program
  .command('migrate')
  .description('Kør databasemigreringer og indlæs referencedata')
  .action(() =>
    withDatabase(async (database) => {
      const { prepareDatabase } = await server();
      await prepareDatabase(database, { demo: false });
      console.log('Databasen er migreret.');
    }),
  );

program
  .command('seed')
  .description('Indlæs data')
  .requiredOption('--demo', 'indlæs de danske demodata (kun i en tom database)')
  .action(() =>
    withDatabase(async (database, config) => {
      const [{ migrateDatabase }, { loadReferenceData }, { seedDemo }, { danishToday }] = await Promise.all([
        import('../server/db/migrate.js'),
        import('../server/seed/reference-data.js'),
        import('../server/seed/seed-demo.js'),
        import('../server/time/danish-today.js'),
      ]);
      await migrateDatabase(database);
      await loadReferenceData(database.db);
      // The demo's dates follow the day it is seeded: the app's clock (INDSATS_CLOCK or the system's).
      const outcome = await seedDemo(database.db, danishToday(config.clock()));
      console.log(
        outcome === 'seeded' ? 'Demodata er indlæst.' : 'Databasen har allerede brugere; demodata blev ikke indlæst.',
      );
    }),
  );

program
  .command('create-user')
  .description('Opret en bruger med en rolle (adgangskoden læses fra INDSATS_PASSWORD)')
  .requiredOption('--email <email>', 'e-mail (brugernavn)')
  .requiredOption('--name <name>', 'fulde navn')
  .addOption(new Option('--role <role>', 'rolle').choices(ROLES).makeOptionMandatory())
  .option('--municipality <code>', 'kommunekode for kommunale roller')
  .option('--institution <id>', 'dagtilbuddets id for daycare_leader og staff')
  .option(
    '--must-change-password',
    'brugeren skal vælge sin egen adgangskode ved første login (når du opretter en anden)',
  )
  .action(
    (opts: {
      email: string;
      name: string;
      role: Role;
      municipality?: string;
      institution?: string;
      mustChangePassword?: boolean;
    }) =>
      withDatabase(async (database, config) => {
        const [{ configureZod }, { CreateUserWithPassword }, auth, { createUser }, { inContext }, { prepareDatabase }] =
          await Promise.all([
            import('../shared/zod-config.js'),
            import('../shared/contracts/users.js'),
            import('../server/modules/auth/index.js'),
            import('../server/modules/users/index.js'),
            import('../server/http/request-context.js'),
            server(),
          ]);
        configureZod();
        const parsed = CreateUserWithPassword.safeParse({
          email: opts.email,
          name: opts.name,
          password: process.env.INDSATS_PASSWORD ?? '',
          assignment: {
            role: opts.role,
            municipalityCode: opts.municipality ?? null,
            institutionId: opts.institution ?? null,
          },
        });
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            const field = issue.path.join('.') === 'password' ? 'INDSATS_PASSWORD' : issue.path.join('.');
            console.error(`${field}: ${issue.message}`);
          }
          process.exitCode = 2;
          return;
        }
        const weak = auth.passwordProblemMessage(parsed.data.password, parsed.data);
        if (weak) {
          console.error(`INDSATS_PASSWORD: ${weak}`);
          process.exitCode = 2;
          return;
        }
        await prepareDatabase(database, { demo: false });
        const hash = await auth.hashPassword(parsed.data.password);
        const mustChangePassword = opts.mustChangePassword ?? false;
        const user = await inContext(database.db, SYSTEM_ACTOR, config.clock(), (ctx) =>
          createUser(ctx, parsed.data, { passwordHash: hash, mustChangePassword }),
        );
        console.log(`Brugeren ${user.email} er oprettet (id ${user.id}).`);
      }),
  );

const audit = program.command('audit').description('Revisionsloggen');
audit
  .command('verify')
  .description('Kontrollér hashkæden; afslutter med kode 1, hvis en række er ændret eller slettet')
  .option('--json', 'skriv resultatet som JSON')
  .action((opts: { json?: boolean }) =>
    withDatabase(async (database) => {
      const { verifyAudit } = await import('../server/audit/verify-audit.js');
      const result = await verifyAudit(database.db);
      if (opts.json) console.log(JSON.stringify(result, null, 2));
      else if (result.ok) {
        console.log(`Revisionsloggen er intakt: ${result.rowsChecked} rækker kontrolleret.`);
        for (const h of result.heads)
          console.log(`  ${h.chain}: seneste nr. ${h.lastSeq}, hash ${h.lastHash || '(tom)'}`);
      } else {
        console.error(`Revisionsloggen er BRUDT (${result.breaks.length} fund):`);
        for (const b of result.breaks) console.error(`  kæde ${b.chain}, nr. ${b.seq}: ${b.problem}`);
      }
      if (!result.ok) process.exitCode = 1;
    }),
  );
audit
  .command('prune')
  .description('Slet poster ældre end opbevaringsperioden (sker også automatisk hver time)')
  .action(() =>
    withDatabase(async (database, config) => {
      const { pruneAudit } = await import('../server/audit/retention.js');
      const removed = await pruneAudit(database.db, config.audit, { now: config.clock() });
      console.log(`Slettet: adgang ${removed.access}, ændringer ${removed.change}, log ind ${removed.auth}.`);
    }),
  );

program
  .command('demo-users')
  .description('Vis demobrugernes logins')
  .option('--json', 'som JSON')
  .action(async (opts: { json?: boolean }) => {
    const [{ DEMO_PASSWORD, DEMO_USERS }, { demoId }] = await Promise.all([
      import('../server/seed/demo-users.js'),
      import('../server/seed/demo-data.js'),
    ]);
    const rows = DEMO_USERS.map((u) => ({
      email: u.email,
      password: DEMO_PASSWORD,
      role: u.role,
      name: u.name,
      municipalityCode: u.municipalityCode,
      institution: u.institutionKey ? demoId(u.institutionKey) : null,
    }));
    if (opts.json) console.log(JSON.stringify(rows, null, 2));
    else for (const r of rows) console.log(`${r.role.padEnd(15)} ${r.email.padEnd(45)} ${r.password}`);
  });

registerSelectionCommand(program);
registerScheduleCommand(program);
registerCostsCommand(program);

program.parseAsync().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
