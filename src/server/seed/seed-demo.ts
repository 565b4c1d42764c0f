import { count, sql } from 'drizzle-orm';
import type { Db, DrizzleTx } from '../db/client.js';
import {
  children,
  groups,
  institutions,
  municipalities,
  roleAssignments,
  roundAssessors,
  rounds,
  users,
} from '../db/schema.js';
import { inMaintenanceTx } from '../core/transaction.js';
import { registerDomainEventHandlers } from '../event-handlers.js';
import { hashPassword } from '../modules/auth/password.js';
import { birthDate, demoId, demoInstitutions, FIRST_NAMES, LAST_NAMES, seededRandom } from './demo-data.js';
import { insertDemoApplications } from './demo-applications.js';
import { insertDemoCourseYear } from './demo-course-year.js';
import {
  DEFAULT_BALANCE_RULES,
  DEFAULT_CRITERIA,
  DEFAULT_REQUIREMENTS,
  DEMO_ASSESSED_ROUNDS,
  demoRounds,
} from './demo-rounds.js';
import { demoCalendar, type DemoCalendar } from './demo-calendar.js';
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';

export type SeedOutcome = 'seeded' | 'already_present';

/**
 * Fills an empty database with the Danish demo data: two municipalities in
 * different regions, six institutions each, their groups and fictional
 * children, one user per role, the application rounds with their courses,
 * and a course year in progress (demo-course-year.ts). Does nothing when
 * users already exist.
 *
 * `today` (YYYY-MM-DD) is the day the demo is seeded on, from the caller's
 * clock: the historical rounds are fixed, the rest is laid out around it
 * (demo-calendar.ts), and the same day always gives the same data.
 */
export async function seedDemo(db: Db, today: string): Promise<SeedOutcome> {
  const [existing] = await db.select({ n: count() }).from(users);
  // A restart stops here, before the calendar loads the holiday library (date-holidays, ≈ 0.5 s).
  if ((existing?.n ?? 0) > 0) return 'already_present';
  registerDomainEventHandlers(); // demo courses are created as signing an agreement creates them
  const calendar = demoCalendar(today);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await inMaintenanceTx(db, async (tx) => {
    // Several instances may start on one empty database: the first seeds, the others wait and skip.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    const [again] = await tx.select({ n: count() }).from(users);
    if ((again?.n ?? 0) > 0) return false;
    await insertDemoData(tx, passwordHash, calendar);
    return true;
  });
  return seeded ? 'seeded' : 'already_present';
}

const SEED_LOCK = 7_234_002;

async function insertDemoData(tx: DrizzleTx, passwordHash: string, calendar: DemoCalendar): Promise<void> {
  const towns = new Map(
    (await tx.select({ code: municipalities.code, name: municipalities.name }).from(municipalities)).map((m) => [
      m.code,
      m.name,
    ]),
  );
  for (const [index, { code }] of DEMO_MUNICIPALITIES.entries()) {
    const random = seededRandom(1000 + index);
    const town = towns.get(code);
    if (!town) throw new Error(`Kommunen ${code} mangler i referencedata`);
    for (const inst of demoInstitutions(code, town)) {
      const institutionId = demoId(inst.key);
      await tx
        .insert(institutions)
        .values({ id: institutionId, municipalityCode: code, name: inst.name, kind: inst.kind, address: inst.address });
      const childRows = [];
      for (const group of inst.groups) {
        const groupId = demoId(`${inst.key}/${group.name}`);
        await tx.insert(groups).values({ id: groupId, institutionId, municipalityCode: code, name: group.name });
        for (let i = 0; i < group.size; i++) {
          childRows.push({
            id: demoId(`${inst.key}/${group.name}/${i}`),
            municipalityCode: code,
            institutionId,
            groupId,
            firstName: FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)] ?? 'Alma',
            lastName: LAST_NAMES[Math.floor(random() * LAST_NAMES.length)] ?? 'Nielsen',
            birthDate: birthDate(random, group.ages, calendar.today),
          });
        }
      }
      await tx.insert(children).values(childRows);
    }
  }
  for (const r of demoRounds(calendar)) {
    await tx.insert(rounds).values({
      id: demoId(r.key),
      name: r.name,
      courseStart: r.courseStart,
      courseEnd: r.courseEnd,
      deadline: r.deadline,
      criteria: DEFAULT_CRITERIA,
      requirements: DEFAULT_REQUIREMENTS,
      balanceRules: DEFAULT_BALANCE_RULES,
    });
  }
  for (const u of DEMO_USERS) {
    const userId = demoId(`user/${u.email}`);
    await tx.insert(users).values({ id: userId, email: u.email, name: u.name, passwordHash });
    await tx.insert(roleAssignments).values({
      userId,
      role: u.role,
      municipalityCode: u.municipalityCode,
      institutionId: u.institutionKey ? demoId(u.institutionKey) : null,
    });
    if (u.role === 'assessor') {
      await tx.insert(roundAssessors).values(DEMO_ASSESSED_ROUNDS.map((key) => ({ roundId: demoId(key), userId })));
    }
  }
  await insertDemoApplications(tx, calendar);
  await insertDemoCourseYear(tx, calendar);
}
