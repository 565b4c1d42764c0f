import { and, count, eq, ne } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editConflicts, selfAnalyses } from '../src/server/db/schema-course-work.js';
import { auditLog, children, groups, institutions } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { CourseDashboard } from '../src/shared/contracts/course-dashboard.js';
import { emptySelfAnalysis, SelfAnalysis, type SelfAnalysisContent } from '../src/shared/contracts/self-analysis.js';
import { buildCourse } from './helpers/course-factories.js';
import { buildStaffedCourse, buildUnassignedTwin, type StaffedCourse } from './helpers/courses-factories.js';
import { buildChild, buildInstitution } from './helpers/factories.js';
import { startTestApp, type Agent, type PersonAgent, type TestApp } from './helpers/test-app.js';

/**
 * The self-analysis of a course (issue 4): each test builds its own course in
 * Copenhagen (0101) with the municipality's people, and brings it through the
 * app to the state it starts from. The other municipality is Odense (0461).
 */
let t: TestApp;
const UNKNOWN = '0b7e4a3e-9c1d-4f2a-8e5b-6d3c2b1a0f9e';

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A course of the test's own, its people, and the three who may write its self-analysis, logged in. */
interface World {
  courseId: string;
  people: StaffedCourse;
  /** The course's first institution (its leader and staff work there) and its second. */
  own: string;
  other: string;
  coordinator: Agent;
  chief: Agent;
  consultant: PersonAgent;
}

async function buildWorld(): Promise<World> {
  const staffed = await buildStaffedCourse(t.database, { municipalityCode: '0101' });
  const [own, other] = staffed.course.institutionIds;
  if (!own || !other || !staffed.consultant) throw new Error('a staffed course has two institutions and a consultant');
  return {
    people: staffed,
    courseId: staffed.course.courseId,
    own,
    other,
    coordinator: await t.loginPerson(staffed.coordinator),
    chief: await t.loginPerson(staffed.chief),
    consultant: await t.loginPerson(staffed.consultant),
  };
}

/** A course in another municipality (Odense). */
async function otherMunicipalityCourse(): Promise<string> {
  return (await buildCourse(t.database, { municipalityCode: '0461' })).courseId;
}

/** A course on the world's institutions with no consultant yet (the world's consultant is not on it). */
const unassignedCourse = (world: World) => buildUnassignedTwin(t.database, world.people);

/** Saves through the app and returns the new state. */
async function save(agent: Agent, courseId: string, baseVersion: number, content: SelfAnalysisContent) {
  const res = await agent.put(url(courseId), { baseVersion, content });
  expect(res.statusCode, res.body).toBe(200);
  return SelfAnalysis.parse(res.json());
}

/** Saves on an older version with other content: refused, and kept beside the newer one. */
async function keepConflict(agent: Agent, courseId: string, baseVersion: number, content: SelfAnalysisContent) {
  const res = await agent.put(url(courseId), { baseVersion, content });
  expect(res.statusCode, res.body).toBe(409);
}

const url = (id: string, rest = '') => `/api/v1/courses/${id}/self-analysis${rest}`;
const read = async (agent: Agent, id: string) => SelfAnalysis.parse((await agent.get(url(id))).json());

/** The stored row and the kept edits of a course, read as the owner. */
function stored(id: string) {
  return inMaintenanceTx(t.database.db, async (tx) => ({
    row: (await tx.select().from(selfAnalyses).where(eq(selfAnalyses.courseId, id)))[0] ?? null,
    kept: await tx.select().from(editConflicts).where(eq(editConflicts.entityId, id)),
  }));
}

/** The changes audited on a record (its reads are in the access chain, test/read-audit.test.ts). */
function auditOf(id: string) {
  return inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), ne(auditLog.chain, 'access')))
      .orderBy(auditLog.seq),
  );
}

/** A self-analysis with everything required filled in, for the world's two institutions. */
function complete(world: World): SelfAnalysisContent {
  const content = emptySelfAnalysis();
  content.leadership.backing = 'Forvaltningen og lederne står bag; tovholderen driver arbejdet.';
  content.organisation.interdisciplinary = 'Faste tværfaglige møder med sundhedsplejen hver måned.';
  content.interventions.current = 'Sprogindsats og læringskufferter i to børnehaver.';
  content.capacity.municipality.figures.consultantsFte = 2.5;
  for (const [id, staff] of [
    [world.own, 14],
    [world.other, 9],
  ] as const) {
    content.capacity.institutions[id] = {
      figures: { ...emptyInstitutionFigures(), staff, pedagogueShare: 62.5 },
      note: '',
    };
  }
  content.strengths = ['Stærk faglig ledelse og god økonomi'];
  content.challenges = ['Få uddannede pædagoger i ydreområderne'];
  return content;
}

function emptyInstitutionFigures() {
  return {
    staff: null,
    pedagogueShare: null,
    leaderHours: null,
    languageAssessedShare: null,
    healthVisitorMeetings: null,
    childrenWithSupport: null,
  };
}

describe('GET /api/v1/courses/:id/self-analysis', () => {
  it('refuses anonymous callers, other municipalities, consultants not on the course and bad ids', async () => {
    const world = await buildWorld();
    const { courseId, coordinator, consultant } = world;
    expect((await t.anonymous.get(url(courseId))).statusCode).toBe(401);
    // A partner reads a course's records only through an invitation (test/guest-access.test.ts): 404 without one.
    expect((await (await t.loginAs('partner', { municipalityCode: '0101' })).get(url(courseId))).statusCode).toBe(404);
    expect((await (await t.loginAs('coordinator', { municipalityCode: '0461' })).get(url(courseId))).statusCode).toBe(
      404,
    );
    expect((await coordinator.get(url(await otherMunicipalityCourse()))).statusCode).toBe(404);
    expect((await consultant.get(url(await unassignedCourse(world)))).statusCode).toBe(404);
    expect((await coordinator.get(url(UNKNOWN))).statusCode).toBe(404);
    const bad = await coordinator.get(url('not-a-uuid'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('id');
  });

  it('answers the empty template before the first save, with the figures Indsats holds', async () => {
    const { courseId, coordinator, own, other } = await buildWorld();
    const before = await read(coordinator, courseId);
    // A child added now is counted: the figures are read, not copied.
    await buildChild(t.database, { institutionId: own, firstName: 'Skalikkesesnavn' });
    const sa = await read(coordinator, courseId);
    expect(sa).toMatchObject({ status: 'not_started', version: 0, municipalityName: 'København', conflicts: [] });
    expect(sa.content).toEqual(emptySelfAnalysis());
    expect(sa.institutions.map((i) => i.id)).toEqual([own, other]);
    expect(sa.allowed).toEqual({ edit: true, present: false, reopen: false, resolveConflicts: true });
    expect(sa.missing.map((m) => m.field)).toEqual([
      'content.leadership',
      'content.organisation',
      'content.interventions',
      `content.capacity.institutions.${own}.figures.staff`,
      `content.capacity.institutions.${other}.figures.staff`,
      'content.strengths',
      'content.challenges',
    ]);
    const db = await inMaintenanceTx(t.database.db, async (tx) => {
      const childCount = async (id: string) =>
        (await tx.select({ n: count() }).from(children).where(eq(children.institutionId, id)))[0]?.n;
      const groupCount = async (id: string) =>
        (await tx.select({ n: count() }).from(groups).where(eq(groups.institutionId, id)))[0]?.n;
      return {
        own: { children: await childCount(own), groups: await groupCount(own) },
        other: { children: await childCount(other), groups: await groupCount(other) },
        municipalityInstitutions: (
          await tx.select({ n: count() }).from(institutions).where(eq(institutions.municipalityCode, '0101'))
        )[0]?.n,
        municipalityChildren: (
          await tx.select({ n: count() }).from(children).where(eq(children.municipalityCode, '0101'))
        )[0]?.n,
      };
    });
    // The course's institutions are the test's own: one group each, and the one child added above.
    expect(db.own).toEqual({ children: 1, groups: 1 });
    expect(db.other).toEqual({ children: 0, groups: 1 });
    const p = sa.prefilled;
    expect(p.frozen).toBe(false);
    expect(p.institutions[own]?.children).toMatchObject({ value: db.own.children, source: 'organisation' });
    expect(p.institutions[own]?.children.value).toBe((before.prefilled.institutions[own]?.children.value ?? 0) + 1);
    expect(p.institutions[own]?.groups.value).toBe(db.own.groups);
    expect(p.institutions[other]?.children.value).toBe(db.other.children);
    expect(p.institutions[other]?.groups.value).toBe(db.other.groups);
    expect(p.institutions[own]?.vulnerableFamiliesShare).toMatchObject({ value: 30, source: 'application' });
    expect(p.institutions[own]?.wellBeing).toEqual({ value: null, source: 'well_being', asOf: null });
    expect(p.municipality.institutionsInCourse.value).toBe(2);
    expect(p.municipality.childrenInCourse.value).toBe((db.own.children ?? 0) + (db.other.children ?? 0));
    expect(p.municipality.groupsInCourse.value).toBe((db.own.groups ?? 0) + (db.other.groups ?? 0));
    expect(p.municipality.institutionsInMunicipality.value).toBe(db.municipalityInstitutions);
    expect(p.municipality.childrenInMunicipality.value).toBe(db.municipalityChildren);
    expect(p.municipality.familyDaycareShare).toMatchObject({ value: 20, source: 'application' });
    expect(p.municipality.childrenInCourse.asOf).toBe(p.asOf);
    // Counts only: no child's name anywhere in the answer.
    expect(JSON.stringify(sa)).not.toContain('Skalikkesesnavn');
  });

  it('is read by the consultant on the course, the admin and the institution’s staff, who may not change it', async () => {
    const world = await buildWorld();
    expect((await read(world.consultant, world.courseId)).allowed.edit).toBe(true);
    for (const reader of [
      await t.loginAs('national_admin'),
      await t.loginPerson(world.people.leader),
      await t.loginPerson(world.people.staff),
    ]) {
      const sa = await read(reader, world.courseId);
      expect(sa.allowed, reader.person.role).toEqual({
        edit: false,
        present: false,
        reopen: false,
        resolveConflicts: false,
      });
    }
  });
});

describe('PUT /api/v1/courses/:id/self-analysis', () => {
  it('refuses anonymous callers, roles without the permission, other municipalities and bad fields – changing nothing', async () => {
    const world = await buildWorld();
    const { courseId, coordinator, consultant, own } = world;
    const unassignedCourseId = await unassignedCourse(world);
    const elsewhere = (await buildInstitution(t.database, { municipalityCode: '0461' })).institution.id;
    const body = { baseVersion: 0, content: emptySelfAnalysis() };
    expect((await t.anonymous.put(url(courseId), body)).statusCode).toBe(401);
    expect((await (await t.loginPerson(world.people.leader)).put(url(courseId), body)).statusCode).toBe(403);
    expect((await (await t.loginAs('national_admin')).put(url(courseId), body)).statusCode).toBe(403);
    expect(
      (await (await t.loginAs('coordinator', { municipalityCode: '0461' })).put(url(courseId), body)).statusCode,
    ).toBe(404);
    expect((await consultant.put(url(unassignedCourseId), body)).statusCode).toBe(404);
    const content = emptySelfAnalysis();
    const badFields: [unknown, string][] = [
      [{ ...body, baseVersion: -1 }, 'baseVersion'],
      [{ baseVersion: 0 }, 'content'],
      [
        { ...body, content: { ...content, leadership: { ...content.leadership, data: 'x'.repeat(4001) } } },
        'content.leadership.data',
      ],
      [
        { ...body, content: { ...content, organisation: { ...content.organisation, unknown: 'x' } } },
        'content.organisation.unknown',
      ],
      [
        {
          ...body,
          content: {
            ...content,
            capacity: {
              ...content.capacity,
              municipality: {
                figures: { ...content.capacity.municipality.figures, languageAssessedShare: 120 },
                note: '',
              },
            },
          },
        },
        'content.capacity.municipality.figures.languageAssessedShare',
      ],
      [
        {
          ...body,
          content: {
            ...content,
            capacity: {
              ...content.capacity,
              institutions: { [own]: { figures: { ...emptyInstitutionFigures(), staff: 2.5 }, note: '' } },
            },
          },
        },
        `content.capacity.institutions.${own}.figures.staff`,
      ],
      [{ ...body, content: { ...content, strengths: Array(21).fill('Styrke') } }, 'content.strengths'],
      [
        {
          ...body,
          content: {
            ...content,
            capacity: {
              ...content.capacity,
              institutions: { [elsewhere]: { figures: emptyInstitutionFigures(), note: '' } },
            },
          },
        },
        `content.capacity.institutions.${elsewhere}`,
      ],
    ];
    for (const [payload, field] of badFields) {
      const res = await coordinator.put(url(courseId), payload);
      expect(res.statusCode, field).toBe(400);
      expect(
        res.json().errors.map((e: { field: string }) => e.field),
        field,
      ).toContain(field);
      expect(res.json().errors[0].message, field).toMatch(/[a-zæøå]/);
    }
    expect(await stored(courseId)).toEqual({ row: null, kept: [] });
    expect(await stored(unassignedCourseId)).toEqual({ row: null, kept: [] });
  });

  it('saves, audits what changed, and keeps a save made on an older version beside the newer one', async () => {
    const { courseId, coordinator, consultant, chief } = await buildWorld();
    const first = emptySelfAnalysis();
    first.leadership.backing = 'Direktionen bakker op; vi måler på trivsel og sprog.';
    const saved = SelfAnalysis.parse((await coordinator.put(url(courseId), { baseVersion: 0, content: first })).json());
    expect(saved).toMatchObject({ status: 'draft', version: 1, updatedBy: expect.any(String) });
    expect(saved.content.leadership.backing).toBe(first.leadership.backing);

    // The consultant and the head of daycare both start from version 1.
    const second = { ...first, strengths: ['Erfarne ledere'] };
    const consultantSave = SelfAnalysis.parse(
      (await consultant.put(url(courseId), { baseVersion: 1, content: second })).json(),
    );
    expect(consultantSave.version).toBe(2);
    const late = { ...first, challenges: ['Mange nye medarbejdere'] };
    const refused = await chief.put(url(courseId), { baseVersion: 1, content: late });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'version_conflict' });
    expect(refused.json().detail).toContain('Begge udgaver er gemt');

    const now = await read(coordinator, courseId);
    expect(now.version).toBe(2);
    expect(now.content.strengths).toEqual(['Erfarne ledere']);
    expect(now.conflicts).toHaveLength(1);
    expect(now.conflicts[0]).toMatchObject({ baseVersion: 1, savedBy: expect.any(String) });
    expect(now.conflicts[0]?.content.challenges).toEqual(['Mange nye medarbejdere']);
    expect(now.missing.map((m) => m.field)).toContain('conflicts');

    // The same content again on an old version is no conflict.
    const same = await chief.put(url(courseId), { baseVersion: 1, content: second });
    expect(same.statusCode).toBe(200);
    expect((await stored(courseId)).kept).toHaveLength(1);

    const audit = await auditOf(courseId);
    expect(audit.map((a) => a.action)).toEqual([
      'self_analysis.save',
      'self_analysis.save',
      'self_analysis.save_conflict',
    ]);
    expect(audit[0]).toMatchObject({
      entityType: 'self_analysis',
      municipalityCode: '0101',
      details: { fromVersion: 0, changedSections: ['leadership'] },
    });
    expect(audit[1]?.details).toEqual({ fromVersion: 1, changedSections: ['strengths'] });
    expect(audit[2]?.details).toEqual({ baseVersion: 1, currentVersion: 2, conflictId: now.conflicts[0]?.id });
  });
});

describe('DELETE /api/v1/courses/:id/self-analysis/conflicts/:conflictId', () => {
  it('puts a kept version away for those who may write, once', async () => {
    const world = await buildWorld();
    const { courseId, coordinator, chief } = world;
    // A save kept beside the newer version: the head of daycare saved on version 0 after the coordinator.
    const first = emptySelfAnalysis();
    first.leadership.backing = 'Direktionen bakker op.';
    await save(coordinator, courseId, 0, first);
    await keepConflict(chief, courseId, 0, { ...emptySelfAnalysis(), challenges: ['Mange nye medarbejdere'] });
    const conflicts = (await read(coordinator, courseId)).conflicts;
    expect(conflicts).toHaveLength(1);
    const conflictId = conflicts[0]?.id ?? '';
    const path = url(courseId, `/conflicts/${conflictId}`);
    expect((await t.anonymous.delete(path)).statusCode).toBe(401);
    expect((await (await t.loginPerson(world.people.staff)).delete(path)).statusCode).toBe(403);
    expect((await (await t.loginAs('daycare_chief', { municipalityCode: '0461' })).delete(path)).statusCode).toBe(404);
    expect(
      (await coordinator.delete(url(await otherMunicipalityCourse(), `/conflicts/${conflictId}`))).statusCode,
    ).toBe(404);
    expect((await coordinator.delete(url(courseId, `/conflicts/${UNKNOWN}`))).statusCode).toBe(404);
    expect((await coordinator.delete(url(courseId, '/conflicts/ikke-et-id'))).statusCode).toBe(400);
    expect((await stored(courseId)).kept.map((k) => k.id)).toEqual([conflictId]);
    expect((await chief.delete(path)).statusCode).toBe(204);
    expect((await stored(courseId)).kept).toEqual([]);
    expect((await chief.delete(path)).statusCode).toBe(404);
    expect((await read(coordinator, courseId)).conflicts).toEqual([]);
    const audit = await auditOf(courseId);
    expect(audit.at(-1)).toMatchObject({ action: 'self_analysis.conflict_dismissed', details: { conflictId } });
  });
});

describe('present and reopen', () => {
  it('refuse anonymous callers, other roles and municipalities, bad versions, and an incomplete self-analysis', async () => {
    const world = await buildWorld();
    const { courseId, coordinator, consultant, own, other } = world;
    const unassignedCourseId = await unassignedCourse(world);
    // A draft with its leadership and strengths answered, the rest not.
    const partial = emptySelfAnalysis();
    partial.leadership.backing = 'Direktionen bakker op; vi måler på trivsel og sprog.';
    partial.strengths = ['Erfarne ledere'];
    const current = await save(coordinator, courseId, 0, partial);
    const present = url(courseId, '/present');
    expect((await t.anonymous.post(present, { version: current.version })).statusCode).toBe(401);
    expect(
      (await (await t.loginPerson(world.people.leader)).post(present, { version: current.version })).statusCode,
    ).toBe(403);
    expect(
      (await (await t.loginAs('coordinator', { municipalityCode: '0461' })).post(present, { version: current.version }))
        .statusCode,
    ).toBe(404);
    expect((await consultant.post(url(unassignedCourseId, '/present'), { version: 1 })).statusCode).toBe(404);
    const noVersion = await coordinator.post(present, {});
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().errors[0].field).toBe('version');
    const incomplete = await coordinator.post(present, { version: current.version });
    expect(incomplete.statusCode).toBe(400);
    const errors = incomplete.json().errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field)).toEqual([
      'content.organisation',
      'content.interventions',
      `content.capacity.institutions.${own}.figures.staff`,
      `content.capacity.institutions.${other}.figures.staff`,
      'content.challenges',
    ]);
    expect(errors[0]?.message).toBe('Organisering: Besvar mindst ét af spørgsmålene');
    expect(errors[2]?.message).toContain('Udfyld pædagogisk personale');
    const nothingYet = await coordinator.post(url(unassignedCourseId, '/present'), { version: 1 });
    expect(nothingYet.statusCode).toBe(400);
    expect((await stored(courseId)).row).toMatchObject({
      status: 'draft',
      version: current.version,
      presentedAt: null,
    });
    expect((await stored(unassignedCourseId)).row).toBeNull();
    const reopen = await coordinator.post(url(courseId, '/reopen'), { version: current.version });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json()).toMatchObject({
      code: 'self_analysis_not_presented',
      title: expect.stringContaining('ikke fremlagt'),
    });
  });

  it('present a complete self-analysis with its figures kept, refuse changes until it is reopened, and keep what was typed', async () => {
    const world = await buildWorld();
    const { courseId, coordinator, consultant, chief, own } = world;
    // A first draft with only its leadership answered.
    const partial = emptySelfAnalysis();
    partial.leadership.backing = 'Direktionen bakker op; vi måler på trivsel og sprog.';
    await save(coordinator, courseId, 0, partial);
    const draft = await save(coordinator, courseId, (await read(coordinator, courseId)).version, complete(world));
    expect(draft.missing).toEqual([]);
    expect(draft.allowed.present).toBe(true);
    expect((await consultant.post(url(courseId, '/present'), { version: draft.version - 1 })).json()).toMatchObject({
      status: 409,
      code: 'version_conflict',
    });

    const presented = SelfAnalysis.parse(
      (await consultant.post(url(courseId, '/present'), { version: draft.version })).json(),
    );
    expect(presented).toMatchObject({
      status: 'presented',
      version: draft.version + 1,
      presentedBy: consultant.person.name,
    });
    expect(presented.presentedAt).not.toBeNull();
    expect(presented.allowed).toEqual({ edit: false, present: false, reopen: true, resolveConflicts: true });
    expect(presented.prefilled.frozen).toBe(true);
    expect(presented.prefilled.asOf).toBe(presented.presentedAt);
    // A child added after the presentation does not change what was presented.
    const countAtPresentation = presented.prefilled.institutions[own]?.children.value;
    await buildChild(t.database, { institutionId: own });
    expect((await read(coordinator, courseId)).prefilled.institutions[own]?.children.value).toBe(countAtPresentation);
    const again = await consultant.post(url(courseId, '/present'), { version: presented.version });
    expect(again.json()).toMatchObject({ status: 409, code: 'self_analysis_presented' });

    const typed = { ...complete(world), strengths: ['Skrevet efter fremlæggelsen'] };
    const refused = await coordinator.put(url(courseId), { baseVersion: draft.version, content: typed });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Genåbn den først');
    const unchanged = await coordinator.put(url(courseId), {
      baseVersion: presented.version,
      content: complete(world),
    });
    expect(unchanged.statusCode).toBe(409);
    const { row, kept } = await stored(courseId);
    expect(row).toMatchObject({ status: 'presented', version: presented.version });
    expect(kept).toHaveLength(1);

    const reopen = url(courseId, '/reopen');
    expect((await t.anonymous.post(reopen, { version: presented.version })).statusCode).toBe(401);
    expect(
      (await (await t.loginPerson(world.people.staff)).post(reopen, { version: presented.version })).statusCode,
    ).toBe(403);
    expect(
      (
        await (
          await t.loginAs('coordinator', { municipalityCode: '0461' })
        ).post(reopen, { version: presented.version })
      ).statusCode,
    ).toBe(404);
    expect((await coordinator.post(reopen, { version: 'ny' })).json().errors[0].field).toBe('version');
    expect((await coordinator.post(reopen, { version: presented.version - 1 })).statusCode).toBe(409);
    expect((await stored(courseId)).row).toMatchObject({ status: 'presented', version: presented.version });
    const reopened = SelfAnalysis.parse(
      (await chief.post(url(courseId, '/reopen'), { version: presented.version })).json(),
    );
    expect(reopened).toMatchObject({ status: 'draft', version: presented.version + 1, presentedAt: null });
    expect(reopened.prefilled.frozen).toBe(false);
    expect(reopened.conflicts[0]?.content.strengths).toEqual(['Skrevet efter fremlæggelsen']);
    expect(reopened.content.strengths).toEqual(complete(world).strengths);

    const audit = await auditOf(courseId);
    expect(audit.map((a) => a.action)).toEqual([
      'self_analysis.save',
      'self_analysis.save',
      'self_analysis.present',
      'self_analysis.save_conflict',
      'self_analysis.reopen',
    ]);
    expect(audit.find((a) => a.action === 'self_analysis.present')?.details).toEqual({ version: draft.version });
  });

  it('give the course dashboard the status and what is missing', async () => {
    const world = await buildWorld();
    const { courseId, coordinator, consultant, chief } = world;
    const unassignedCourseId = await unassignedCourse(world);
    // Presented, a change typed meanwhile kept, and reopened: complete but for the kept version.
    const draft = await save(coordinator, courseId, 0, complete(world));
    const presented = await consultant.post(url(courseId, '/present'), { version: draft.version });
    expect(presented.statusCode, presented.body).toBe(200);
    await keepConflict(coordinator, courseId, draft.version, {
      ...complete(world),
      strengths: ['Skrevet efter fremlæggelsen'],
    });
    const reopened = await chief.post(url(courseId, '/reopen'), { version: draft.version + 1 });
    expect(reopened.statusCode, reopened.body).toBe(200);

    // What the dashboard owes for the self-analysis, as the head of daycare reads it.
    const owed = async (id: string) => {
      const res = await chief.get(`/api/v1/courses/${id}/dashboard`);
      expect(res.statusCode, res.body).toBe(200);
      return CourseDashboard.parse(res.json()).owed.find((o) => o.kind === 'self_analysis');
    };
    expect(await owed(courseId)).toEqual({
      kind: 'self_analysis',
      status: 'draft',
      missing: [{ field: 'conflicts', why: { code: 'version_undecided', params: {} } }],
    });
    const none = await owed(unassignedCourseId);
    expect(none).toMatchObject({ kind: 'self_analysis', status: 'not_started' });
    expect(none && 'missing' in none ? none.missing : []).toContainEqual({
      field: 'content.leadership',
      why: { code: 'section_unanswered', params: { section: 'leadership' } },
    });
  });
});

describe('GET /api/v1/courses/:id/self-analysis.pdf', () => {
  const pdfText = async (body: Buffer) => {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(body)), { mergePages: true });
    return text.replace(/\s+/g, ' ');
  };

  it('refuses anonymous callers and other municipalities', async () => {
    const world = await buildWorld();
    const { courseId, coordinator, consultant } = world;
    expect((await t.anonymous.get(url(courseId, '.pdf'))).statusCode).toBe(401);
    expect((await (await t.loginAs('evaluator')).get(url(courseId, '.pdf'))).statusCode).toBe(403);
    expect(
      (await (await t.loginAs('daycare_leader', { municipalityCode: '0461' })).get(url(courseId, '.pdf'))).statusCode,
    ).toBe(404);
    expect((await consultant.get(url(await unassignedCourse(world), '.pdf'))).statusCode).toBe(404);
    expect((await coordinator.get('/api/v1/courses/not-a-uuid/self-analysis.pdf')).statusCode).toBe(400);
  });

  it('presents the results: municipality, figures from Indsats and entered, sections and lists in Danish, marked as a draft until presented', async () => {
    const world = await buildWorld();
    const { courseId, coordinator, chief, own } = world;
    // A complete draft, with a save kept beside it.
    await save(coordinator, courseId, 0, complete(world));
    await keepConflict(chief, courseId, 0, { ...emptySelfAnalysis(), challenges: ['Mange nye medarbejdere'] });
    const draft = await (await t.loginPerson(world.people.staff)).get(url(courseId, '.pdf'));
    expect(draft.statusCode).toBe(200);
    expect(draft.headers['content-type']).toBe('application/pdf');
    expect(draft.headers['content-disposition']).toContain('egenanalyse-K');
    const text = await pdfText(draft.rawPayload);
    const sa = await read(coordinator, courseId);
    for (const expected of [
      'Egenanalyse – KLADDE',
      'Københavns Kommune (kommunekode 0101)',
      'Kapacitetsoverblik',
      'Dagtilbud i forløbet',
      `Børn ${sa.prefilled.institutions[own]?.children.value}`,
      'Fra Indsats',
      'Følger, når trivselsvurderinger er i brug',
      'Pædagogisk personale (antal ansatte) 14 Indtastet af kommunen',
      '62,5 %',
      '2,5 årsværk',
      'Målrettede indsatser',
      'Sprogindsats og læringskufferter i to børnehaver.',
      'Få uddannede pædagoger i ydreområderne',
      'Side 1 af',
    ])
      expect(text).toContain(expected);

    expect(sa.conflicts).toHaveLength(1);
    for (const kept of sa.conflicts)
      expect((await coordinator.delete(url(courseId, `/conflicts/${kept.id}`))).statusCode).toBe(204);
    const presented = SelfAnalysis.parse(
      (await coordinator.post(url(courseId, '/present'), { version: sa.version })).json(),
    );
    const final = await pdfText((await chief.get(url(courseId, '.pdf'))).rawPayload);
    expect(final).not.toContain('KLADDE');
    expect(presented.status).toBe('presented');
    expect(final).toContain('Status Fremlagt');
    expect(final).toContain('Styrker • Stærk faglig ledelse og god økonomi');
  });
});
