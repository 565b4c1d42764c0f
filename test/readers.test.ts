import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { auditLog, roleAssignments, users } from '../src/server/db/schema.js';
import { ListReadersResponse, READERS_NAMED, type ReaderReason } from '../src/shared/contracts/access.js';
import { Meeting } from '../src/shared/contracts/meetings.js';
import { buildDemoCourse, meetingsOf } from './helpers/course-factories.js';
import { ownInstitutionId } from './helpers/factories.js';
import { demoUser, startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * "Hvem kan se dette?" (issue 10 point 2, ADR 21): the agency's admin and a
 * municipality's coordinator see who reads a record and why – by role, by
 * assignment (the course's consultant) or by invitation (a guest of one
 * meeting) – answered by the access module's own rules; the read is logged;
 * a role without the permission gets 403, a record outside the caller's
 * reach 404.
 */
let t: TestApp;
let admin: Agent;
let coordinator: Agent;
let otherCoordinator: Agent;
let chief: Agent;
let consultantId: string;
let coordinatorId: string;
let partnerId: string;
let courseId: string;
let applicationId: string;
let invitedTo: string;
let other: string;

const readersUrl = (kind: string, id: string) => `/api/v1/access/readers?kind=${kind}&id=${id}`;

async function userId(email: string): Promise<string> {
  const [row] = await inMaintenanceTx(t.database.db, (tx) =>
    tx.select({ id: users.id }).from(users).where(eq(users.email, email)),
  );
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

async function readers(agent: Agent, kind: string, id: string): Promise<ListReadersResponse> {
  const res = await agent.get(readersUrl(kind, id));
  expect(res.statusCode, res.body).toBe(200);
  return ListReadersResponse.parse(res.json());
}

const reasonsOf = (list: ListReadersResponse, id: string): ReaderReason[] | undefined =>
  list.readers.find((r) => r.userId === id)?.reasons;

beforeAll(async () => {
  t = await startTestApp({ INDSATS_CLOCK: '2027-09-01' });
  admin = await t.loginAsDemo('national_admin');
  coordinator = await t.loginAsDemo('coordinator');
  otherCoordinator = await t.loginAsDemo('coordinator', '0217');
  chief = await t.loginAsDemo('daycare_chief');
  consultantId = await userId(demoUser('consultant').email);
  coordinatorId = await userId(demoUser('coordinator').email);
  partnerId = await userId(demoUser('partner').email);
  ({ courseId, applicationId } = await buildDemoCourse(t.database));
  const steering = (await meetingsOf(t.database, courseId))
    .filter((m) => m.kind === 'steering')
    .sort((a, b) => a.sequence - b.sequence);
  const [first, second] = steering;
  if (!first || !second) throw new Error('the typical plan has steering-group meetings');
  invitedTo = first.id;
  other = second.id;
  const current = Meeting.parse((await coordinator.get(`/api/v1/meetings/${invitedTo}`)).json());
  const res = await coordinator.put(`/api/v1/meetings/${invitedTo}/participants`, {
    version: current.version,
    participants: [
      ...current.participants.map((p) => ({
        userId: p.userId,
        name: p.name,
        participantRole: p.participantRole,
        attended: p.attended,
        hours: p.hours,
      })),
      { userId: partnerId, name: 'Sundhedsplejerske', participantRole: 'partner', attended: null, hours: null },
    ],
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t.close());

describe('who can see a course', () => {
  it('lists the assigned consultant by assignment and the coordinator by role in the municipality; admins counted', async () => {
    const list = await readers(admin, 'course', courseId);
    expect(reasonsOf(list, consultantId)).toEqual([
      { via: 'assignment', role: 'consultant', assignment: 'course_consultant' },
    ]);
    const coordinatorReasons = reasonsOf(list, coordinatorId);
    expect(coordinatorReasons).toHaveLength(1);
    expect(coordinatorReasons?.[0]).toMatchObject({
      via: 'municipality',
      role: 'coordinator',
      municipalityCode: '0860',
    });
    expect(coordinatorReasons?.[0]).toHaveProperty('municipalityName', expect.stringMatching(/Hjørring/));
    // The agency's admins are counted, never named; a partner sees no course.
    const admins = list.counted.find((c) => c.role === 'national_admin');
    expect(admins?.count).toBeGreaterThanOrEqual(1);
    expect(list.readers.some((r) => r.reasons.some((x) => x.role === 'national_admin'))).toBe(false);
    expect(reasonsOf(list, partnerId)).toBeUndefined();
    expect(list.more).toBe(0);
    // The other municipality's coordinator is nowhere.
    expect(reasonsOf(list, await userId(demoUser('coordinator', '0217').email))).toBeUndefined();
  });

  it('is the same list for the municipality’s coordinator, and the same for the self-analysis and change model', async () => {
    const byAdmin = await readers(admin, 'course', courseId);
    const byCoordinator = await readers(coordinator, 'course', courseId);
    expect(byCoordinator.readers).toEqual(byAdmin.readers);
    for (const kind of ['self_analysis', 'change_model']) {
      expect((await readers(coordinator, kind, courseId)).readers).toEqual(byAdmin.readers);
    }
  });
});

describe('who can see a meeting', () => {
  it('lists the invited guest by invitation on that meeting, and not on the course’s other meetings', async () => {
    const invited = await readers(admin, 'meeting', invitedTo);
    expect(reasonsOf(invited, partnerId)).toEqual([{ via: 'invitation', role: 'partner', meetingId: invitedTo }]);
    expect(reasonsOf(invited, consultantId)).toEqual([
      { via: 'assignment', role: 'consultant', assignment: 'course_consultant' },
    ]);
    const notInvited = await readers(coordinator, 'meeting', other);
    expect(reasonsOf(notInvited, partnerId)).toBeUndefined();
    expect(reasonsOf(notInvited, coordinatorId)).toBeDefined();
  });
});

describe('who can see an application', () => {
  it('lists the municipality’s coordinator and head of daycare', async () => {
    const list = await readers(admin, 'application', applicationId);
    expect(reasonsOf(list, coordinatorId)?.[0]).toMatchObject({ via: 'municipality', role: 'coordinator' });
    expect(reasonsOf(list, await userId(demoUser('daycare_chief').email))?.[0]).toMatchObject({
      via: 'municipality',
      role: 'daycare_chief',
    });
    // No consultant reads applications.
    expect(reasonsOf(list, consultantId)).toBeUndefined();
  });
});

describe('refusals', () => {
  it('is 403 for a municipal role without the permission', async () => {
    const res = await chief.get(readersUrl('course', courseId));
    expect(res.statusCode).toBe(403);
  });

  it('is 404 for another municipality’s coordinator, for every kind', async () => {
    for (const [kind, id] of [
      ['course', courseId],
      ['meeting', invitedTo],
      ['application', applicationId],
      ['self_analysis', courseId],
      ['change_model', courseId],
    ] as const) {
      const res = await otherCoordinator.get(readersUrl(kind, id));
      expect(res.statusCode, `${kind}: ${res.body}`).toBe(404);
    }
  });

  it('is 400 for an unknown kind or a malformed id', async () => {
    expect((await admin.get(readersUrl('child', courseId))).statusCode).toBe(400);
    expect((await admin.get(readersUrl('course', 'nope'))).statusCode).toBe(400);
  });

  it('is 404 for a record that does not exist', async () => {
    expect((await admin.get(readersUrl('meeting', courseId))).statusCode).toBe(404);
  });
});

describe('audit', () => {
  it('logs each read of the list with the record, and not a refused one', async () => {
    const before = await rowsFor(courseId);
    await readers(coordinator, 'course', courseId);
    await otherCoordinator.get(readersUrl('course', courseId));
    const after = await rowsFor(courseId);
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      actorUserId: coordinatorId,
      entityType: 'course',
      municipalityCode: '0860',
      details: { kind: 'course', more: 0 },
    });
  });
});

describe('a long list', () => {
  it('names at most READERS_NAMED people and says how many more', async () => {
    const before = await readers(admin, 'course', courseId);
    const added = READERS_NAMED + 5;
    await inMaintenanceTx(t.database.db, async (tx) => {
      const made = await tx
        .insert(users)
        .values(
          Array.from({ length: added }, (_, i) => ({
            email: `personale.${i}@readers.example`,
            name: `Personale ${String(i).padStart(3, '0')}`,
            passwordHash: 'x',
          })),
        )
        .returning({ id: users.id });
      await tx.insert(roleAssignments).values(
        made.map((u) => ({
          userId: u.id,
          role: 'staff' as const,
          municipalityCode: '0860',
          institutionId: ownInstitutionId('0860'),
        })),
      );
    });
    const after = await readers(admin, 'course', courseId);
    expect(after.readers).toHaveLength(READERS_NAMED);
    expect(after.readers.length + after.more).toBe(before.readers.length + before.more + added);
  });
});

async function rowsFor(entityId: string) {
  return inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select({
        actorUserId: auditLog.actorUserId,
        entityType: auditLog.entityType,
        municipalityCode: auditLog.municipalityCode,
        details: auditLog.details,
      })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'readers.read'), eq(auditLog.entityId, entityId)))
      .orderBy(auditLog.seq),
  );
}
