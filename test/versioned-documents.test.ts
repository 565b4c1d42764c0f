import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editConflicts } from '../src/server/db/schema-course-work.js';
import { courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { Application, ApplicationContent } from '../src/shared/contracts/applications.js';
import { ChangeModel, ChangeModelContent, EMPTY_CHANGE_MODEL } from '../src/shared/contracts/change-model.js';
import { Problem } from '../src/shared/contracts/common.js';
import { Meeting, MinutesContent } from '../src/shared/contracts/meetings.js';
import { emptySelfAnalysis, SelfAnalysis, SelfAnalysisContent } from '../src/shared/contracts/self-analysis.js';
import { buildCourse } from './helpers/course-factories.js';
import { buildRound } from './helpers/round-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * One way to keep versions (issue 10, point 5; ADR 22): for each of the four
 * versioned documents a save on a stale version is answered 409 with what the
 * client needs to merge – the kept version's id, the version and content saved
 * first – and the refused content is kept in edit_conflicts; the kept version
 * is listed with the document and can be put away; the merged content saved on
 * the current version goes through.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

/** A course of the test's own with its municipality's coordinator and its consultant, both logged in. */
async function courseWithWriters(): Promise<{ courseId: string; coordinator: Agent; consultant: Agent }> {
  const consultantPerson = await t.buildPerson({ role: 'consultant' });
  const [coordinator, consultant] = await Promise.all([
    t.loginAs('coordinator', { municipalityCode: '0860' }),
    t.loginPerson(consultantPerson),
  ]);
  const { courseId } = await buildCourse(t.database, { municipalityCode: '0860', consultantId: consultantPerson.id });
  return { courseId, coordinator, consultant };
}
afterAll(() => t.close());

const kept = (kind: 'application' | 'minutes' | 'self_analysis' | 'change_model', entityId: string) =>
  inMaintenanceTx(t.database.db, (tx) =>
    tx
      .select()
      .from(editConflicts)
      .where(and(eq(editConflicts.kind, kind), eq(editConflicts.entityId, entityId))),
  );

/** The 409's body, checked against the problem contract, with its conflict. */
function conflictOf(res: { statusCode: number; body: string; json: () => unknown }) {
  expect(res.statusCode, res.body).toBe(409);
  const problem = Problem.parse(res.json());
  expect(problem.code).toBe('version_conflict');
  if (!problem.conflict) throw new Error('409 without conflict');
  return problem.conflict;
}

describe('application', () => {
  it('answers a stale save with the current content, keeps the refused one, and takes the merged save', async () => {
    const coordinator = await t.loginAs('coordinator');
    const created = await coordinator.post(`/api/v1/rounds/${await buildRound(t.database)}/applications`, {});
    expect(created.statusCode, created.body).toBe(201);
    const draft = Application.parse(created.json());
    const url = `/api/v1/applications/${draft.id}`;
    const first = await coordinator.put(url, {
      version: draft.version,
      content: { ...draft.content, motivation: 'Hendes motivation' },
    });
    expect(first.statusCode, first.body).toBe(200);

    const mine = { ...draft.content, contactName: 'Min kontakt' };
    const conflict = conflictOf(await coordinator.put(url, { version: draft.version, content: mine }));
    expect(conflict.version).toBe(draft.version + 1);
    expect(ApplicationContent.parse(conflict.content).motivation).toBe('Hendes motivation');
    const rows = await kept('application', draft.id);
    expect(rows.map((r) => [r.id, r.courseId, r.baseVersion])).toEqual([[conflict.id, null, draft.version]]);
    expect(ApplicationContent.parse(rows[0]?.content).contactName).toBe('Min kontakt');

    const shown = Application.parse((await coordinator.get(url)).json());
    expect(shown.conflicts.map((c) => [c.id, c.content.contactName])).toEqual([[conflict.id, 'Min kontakt']]);

    const merged = { ...ApplicationContent.parse(conflict.content), contactName: 'Min kontakt' };
    const saved = await coordinator.put(url, { version: conflict.version, content: merged });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await coordinator.delete(`${url}/conflicts/${conflict.id}`)).statusCode).toBe(204);
    const after = Application.parse((await coordinator.get(url)).json());
    expect(after.content).toMatchObject({ motivation: 'Hendes motivation', contactName: 'Min kontakt' });
    expect(after.conflicts).toEqual([]);
    expect(await kept('application', draft.id)).toEqual([]);
  });
});

describe('minutes', () => {
  it('answers a stale save with the current minutes, keeps the refused one, and takes the merged save', async () => {
    const { courseId, coordinator, consultant } = await courseWithWriters();
    const [meeting] = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select({ id: courseMeetings.id })
        .from(courseMeetings)
        .where(and(eq(courseMeetings.courseId, courseId), eq(courseMeetings.kind, 'sparring'))),
    );
    const id = meeting?.id ?? '';
    const url = `/api/v1/meetings/${id}/minutes`;
    const first = await consultant.put(url, { baseVersion: 0, minutesHtml: '<p>Hendes referat</p>', decisions: [] });
    expect(first.statusCode, first.body).toBe(200);

    const conflict = conflictOf(
      await coordinator.put(url, { baseVersion: 0, minutesHtml: '', decisions: ['Min beslutning'] }),
    );
    expect(conflict.version).toBe(1);
    expect(MinutesContent.parse(conflict.content)).toEqual({ minutesHtml: '<p>Hendes referat</p>', decisions: [] });
    const rows = await kept('minutes', id);
    expect(rows.map((r) => r.id)).toEqual([conflict.id]);
    expect(MinutesContent.parse(rows[0]?.content).decisions).toEqual(['Min beslutning']);

    const shown = Meeting.parse((await coordinator.get(`/api/v1/meetings/${id}`)).json());
    expect(shown.conflicts.map((c) => c.id)).toEqual([conflict.id]);

    const saved = await coordinator.put(url, {
      baseVersion: conflict.version,
      minutesHtml: '<p>Hendes referat</p>',
      decisions: ['Min beslutning'],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await coordinator.delete(`${url}/conflicts/${conflict.id}`)).statusCode).toBe(204);
    const after = Meeting.parse((await coordinator.get(`/api/v1/meetings/${id}`)).json());
    expect([after.minutes.html, after.decisions, after.conflicts]).toEqual([
      '<p>Hendes referat</p>',
      ['Min beslutning'],
      [],
    ]);
  });
});

describe('self-analysis', () => {
  it('answers a stale save with the current content, keeps the refused one, and takes the merged save', async () => {
    const { courseId, coordinator, consultant } = await courseWithWriters();
    const url = `/api/v1/courses/${courseId}/self-analysis`;
    const base = emptySelfAnalysis();
    const theirs: SelfAnalysisContent = { ...base, strengths: ['Hendes styrke'] };
    expect((await coordinator.put(url, { baseVersion: 0, content: theirs })).statusCode).toBe(200);

    const mine: SelfAnalysisContent = { ...base, leadership: { ...base.leadership, backing: 'Mit svar' } };
    const conflict = conflictOf(await consultant.put(url, { baseVersion: 0, content: mine }));
    expect(conflict.version).toBe(1);
    expect(SelfAnalysisContent.parse(conflict.content).strengths).toEqual(['Hendes styrke']);
    const rows = await kept('self_analysis', courseId);
    expect(rows.map((r) => r.id)).toEqual([conflict.id]);

    const shown = SelfAnalysis.parse((await coordinator.get(url)).json());
    expect(shown.conflicts.map((c) => c.content.leadership.backing)).toEqual(['Mit svar']);

    const merged = { ...theirs, leadership: mine.leadership };
    const saved = await consultant.put(url, { baseVersion: conflict.version, content: merged });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await consultant.delete(`${url}/conflicts/${conflict.id}`)).statusCode).toBe(204);
    const after = SelfAnalysis.parse((await coordinator.get(url)).json());
    expect([after.content.strengths, after.content.leadership.backing, after.conflicts]).toEqual([
      ['Hendes styrke'],
      'Mit svar',
      [],
    ]);
  });
});

describe('change model', () => {
  it('answers a stale save with the current model, keeps the refused one, and takes the merged save', async () => {
    const { courseId, coordinator, consultant } = await courseWithWriters();
    const url = `/api/v1/courses/${courseId}/change-model`;
    const theirs: ChangeModelContent = { ...EMPTY_CHANGE_MODEL, problem: 'Hendes problem' };
    expect((await coordinator.put(url, { baseVersion: 0, content: theirs, note: '' })).statusCode).toBe(200);

    const mine: ChangeModelContent = { ...EMPTY_CHANGE_MODEL, targetGroup: 'Min målgruppe' };
    const conflict = conflictOf(await consultant.put(url, { baseVersion: 0, content: mine, note: 'Mit' }));
    expect(conflict.version).toBe(1);
    expect(ChangeModelContent.parse(conflict.content).problem).toBe('Hendes problem');
    expect((await kept('change_model', courseId)).map((r) => r.id)).toEqual([conflict.id]);

    const shown = ChangeModel.parse((await coordinator.get(url)).json());
    expect(shown.conflicts.map((c) => c.content.model.targetGroup)).toEqual(['Min målgruppe']);

    const merged = { ...theirs, targetGroup: 'Min målgruppe' };
    const saved = await consultant.put(url, { baseVersion: conflict.version, content: merged, note: 'Flettet' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await consultant.delete(`${url}/conflicts/${conflict.id}`)).statusCode).toBe(204);
    const after = ChangeModel.parse((await coordinator.get(url)).json());
    expect(after.conflicts).toEqual([]);
    expect(await kept('change_model', courseId)).toEqual([]);
  });
});
