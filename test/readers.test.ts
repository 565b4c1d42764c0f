import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { auditLog, roleAssignments, users } from '../src/server/db/schema.js';
import { ListReadersResponse, READERS_NAMED, type ReaderReason } from '../src/shared/contracts/access.js';
import { Meeting } from '../src/shared/contracts/meetings.js';
import { buildCourse, meetingsOf } from './helpers/course-factories.js';
import { buildStaffedCourse, type StaffedCourse } from './helpers/courses-factories.js';
import type { TestPerson } from './helpers/people.js';
import { startTestApp, type Agent, type PersonAgent, type TestApp } from './helpers/test-app.js';

/**
 * "Hvem kan se dette?" (issue 10 point 2, ADR 21): the agency's admin and a
 * municipality's coordinator see who reads a record and why – by role, by
 * assignment (the course's consultant) or by invitation (a guest of one
 * meeting) – answered by the access module's own rules; the read is logged;
 * a role without the permission gets 403, a record outside the caller's
 * reach 404. The course and its people are Copenhagen's (0101), where the
 * demo has nobody, so the lists hold exactly the test's own people; the
 * other municipality's coordinator is Odense's (0461).
 */
let t: TestApp;
let admin: PersonAgent;
let coordinator: Agent;
let otherCoordinator: PersonAgent;
let chief: Agent;
/** Copenhagen's course and people (0101). */
let world: StaffedCourse;
let consultant: TestPerson;
let partner: TestPerson;
let courseId: string;
let applicationId: string;
let invitedTo: string;
let other: string;

const readersUrl = (kind: string, id: string) => `/api/v1/access/readers?kind=${kind}&id=${id}`;

async function readers(agent: Agent, kind: string, id: string): Promise<ListReadersResponse> {
  const res = await agent.get(readersUrl(kind, id));
  expect(res.statusCode, res.body).toBe(200);
  return ListReadersResponse.parse(res.json());
}

const reasonsOf = (list: ListReadersResponse, id: string): ReaderReason[] | undefined =>
  list.readers.find((r) => r.userId === id)?.reasons;

/** The active people who hold the role anywhere, counted as the owner. */
async function holdersOf(role: 'national_admin'): Promise<number> {
  const rows = await inMaintenanceTx(t.database.db, (tx) =>
    tx
      .selectDistinct({ id: roleAssignments.userId })
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .where(and(eq(roleAssignments.role, role), eq(users.active, true))),
  );
  return rows.length;
}

beforeAll(async () => {
  t = await startTestApp({ INDSATS_CLOCK: '2027-09-01' });
  world = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  consultant = world.consultant!;
  ({ courseId, applicationId } = world.course);
  admin = await t.loginAs('national_admin');
  coordinator = await t.loginPerson(world.coordinator);
  chief = await t.loginPerson(world.chief);
  otherCoordinator = await t.loginAs('coordinator', { municipalityCode: '0461' });
  partner = await t.buildPerson({ role: 'partner', municipalityCode: '0101' });
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
      { userId: partner.id, name: 'Sundhedsplejerske', participantRole: 'partner', attended: null, hours: null },
    ],
  });
  expect(res.statusCode, res.body).toBe(200);
});
afterAll(() => t.close());

/** Each named reader's reasons, by their id (the order is the app's, by name). */
const byReader = (list: ListReadersResponse) => Object.fromEntries(list.readers.map((r) => [r.userId, r.reasons]));

const inCopenhagen = (role: TestPerson['role']): ReaderReason => ({
  via: 'municipality',
  role,
  municipalityCode: '0101',
  municipalityName: 'København',
});
const asConsultant: ReaderReason = { via: 'assignment', role: 'consultant', assignment: 'course_consultant' };

describe('who can see a course', () => {
  it('lists the assigned consultant by assignment and the municipality’s people by role in the municipality; admins counted', async () => {
    const list = await readers(admin, 'course', courseId);
    // Exactly the test's own people: the consultant on the course, and the
    // coordinator, the head of daycare and the first institution's leader and staff.
    expect(byReader(list)).toEqual({
      [consultant.id]: [asConsultant],
      [world.coordinator.id]: [inCopenhagen('coordinator')],
      [world.chief.id]: [inCopenhagen('daycare_chief')],
      [world.leader.id]: [inCopenhagen('daycare_leader')],
      [world.staff.id]: [inCopenhagen('staff')],
    });
    // The agency's admins are counted, never named – every one of them; a partner sees no course.
    expect(list.counted).toEqual([{ role: 'national_admin', count: await holdersOf('national_admin') }]);
    expect(list.readers.some((r) => r.reasons.some((x) => x.role === 'national_admin'))).toBe(false);
    expect(reasonsOf(list, admin.person.id)).toBeUndefined();
    expect(reasonsOf(list, partner.id)).toBeUndefined();
    expect(list.more).toBe(0);
    // The other municipality's coordinator is nowhere.
    expect(reasonsOf(list, otherCoordinator.person.id)).toBeUndefined();
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
    expect(byReader(invited)).toEqual({
      [partner.id]: [{ via: 'invitation', role: 'partner', meetingId: invitedTo }],
      [consultant.id]: [asConsultant],
      [world.coordinator.id]: [inCopenhagen('coordinator')],
      [world.chief.id]: [inCopenhagen('daycare_chief')],
    });
    const notInvited = await readers(coordinator, 'meeting', other);
    expect(byReader(notInvited)).toEqual({
      [consultant.id]: [asConsultant],
      [world.coordinator.id]: [inCopenhagen('coordinator')],
      [world.chief.id]: [inCopenhagen('daycare_chief')],
    });
    expect(reasonsOf(notInvited, partner.id)).toBeUndefined();
  });
});

describe('who can see an application', () => {
  it('lists the municipality’s coordinator and head of daycare', async () => {
    const list = await readers(admin, 'application', applicationId);
    expect(byReader(list)).toEqual({
      [world.coordinator.id]: [inCopenhagen('coordinator')],
      [world.chief.id]: [inCopenhagen('daycare_chief')],
    });
    // No consultant reads applications.
    expect(reasonsOf(list, consultant.id)).toBeUndefined();
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
    expect(after.at(-1)).toEqual({
      actorUserId: world.coordinator.id,
      entityType: 'course',
      municipalityCode: '0101',
      details: { kind: 'course', named: 5, more: 0 },
    });
  });
});

describe('a long list', () => {
  it('names at most READERS_NAMED people and says how many more', async () => {
    // A course of its own in Aarhus (0751), so the staff added here are nobody else's readers.
    const { courseId: longId, institutionIds } = await buildCourse(t.database, { municipalityCode: '0751' });
    const before = await readers(admin, 'course', longId);
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
          municipalityCode: '0751',
          institutionId: institutionIds[0]!,
        })),
      );
    });
    const after = await readers(admin, 'course', longId);
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
