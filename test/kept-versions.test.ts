import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEPT_VERSIONS_PER_PERSON } from '../src/server/db/kept-versions.js';
import { editConflicts } from '../src/server/db/schema-course-work.js';
import { courseMeetings } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { Application } from '../src/shared/contracts/applications.js';
import { Meeting } from '../src/shared/contracts/meetings.js';
import { buildCourse } from './helpers/course-factories.js';
import { buildRound } from './helpers/round-factories.js';
import { startTestApp, type Agent, type TestApp } from './helpers/test-app.js';

/**
 * Versions kept on a version conflict (issue 9, point 10): at most
 * KEPT_VERSIONS_PER_PERSON per document and person – the newest, also when
 * refused saves arrive at once – and none once put away.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('kept versions of an application (edit_conflicts, kind application)', () => {
  const keptRows = async (applicationId: string) =>
    (
      await inMaintenanceTx(t.database.db, (tx) =>
        tx
          .select()
          .from(editConflicts)
          .where(and(eq(editConflicts.kind, 'application'), eq(editConflicts.entityId, applicationId))),
      )
    ).map((row) => ({ ...row, content: row.content as { motivation: string } }));

  it('keeps the newest three of one person, also when refused saves arrive at once, and deletes them when put away', async () => {
    const coordinator = await t.loginAs('coordinator');
    const created = await coordinator.post(`/api/v1/rounds/${await buildRound(t.database)}/applications`, {});
    expect(created.statusCode, created.body).toBe(201);
    const draft = Application.parse(created.json());
    const url = `/api/v1/applications/${draft.id}`;
    const save = (version: number, motivation: string) =>
      coordinator.put(url, { version, content: { ...draft.content, motivation } });
    expect((await save(draft.version, 'Gemt')).statusCode).toBe(200);

    for (const n of range(5)) expect((await save(draft.version, `Udgave ${n}`)).statusCode).toBe(409);
    const kept = await keptRows(draft.id);
    expect(KEPT_VERSIONS_PER_PERSON).toBe(3);
    expect(kept.map((k) => k.content.motivation).sort()).toEqual(['Udgave 3', 'Udgave 4', 'Udgave 5']);

    const parallel = await Promise.all(range(6).map((n) => save(draft.version, `Samtidig ${n}`)));
    expect(parallel.map((r) => r.statusCode)).toEqual(range(6).map(() => 409));
    expect(await keptRows(draft.id)).toHaveLength(3);

    const shown = Application.parse((await coordinator.get(url)).json()).conflicts;
    expect(shown).toHaveLength(3);
    for (const c of shown) expect((await coordinator.delete(`${url}/conflicts/${c.id}`)).statusCode).toBe(204);
    expect(await keptRows(draft.id)).toEqual([]);
    expect(Application.parse((await coordinator.get(url)).json()).conflicts).toEqual([]);
  });
});

describe('kept versions of minutes (edit_conflicts)', () => {
  const keptRows = (meetingId: string) =>
    inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select()
        .from(editConflicts)
        .where(and(eq(editConflicts.kind, 'minutes'), eq(editConflicts.entityId, meetingId))),
    );

  it('keeps the newest three per person, also when refused saves arrive at once, and deletes them when put away', async () => {
    const consultantPerson = await t.buildPerson({ role: 'consultant' });
    const [coordinator, consultant] = await Promise.all([
      t.loginAs('coordinator', { municipalityCode: '0860' }),
      t.loginPerson(consultantPerson),
    ]);
    const { courseId } = await buildCourse(t.database, { municipalityCode: '0860', consultantId: consultantPerson.id });
    const [meeting] = await inMaintenanceTx(t.database.db, (tx) =>
      tx
        .select({ id: courseMeetings.id })
        .from(courseMeetings)
        .where(and(eq(courseMeetings.courseId, courseId), eq(courseMeetings.kind, 'sparring'))),
    );
    const url = `/api/v1/meetings/${meeting?.id ?? ''}/minutes`;
    const save = (agent: Agent, text: string) =>
      agent.put(url, { baseVersion: 0, minutesHtml: `<p>${text}</p>`, decisions: [] });
    expect((await save(consultant, 'Gemt')).statusCode).toBe(200);

    for (const n of range(5)) expect((await save(coordinator, `Tovholder ${n}`)).statusCode).toBe(409);
    for (const n of range(2)) expect((await save(consultant, `Konsulent ${n}`)).statusCode).toBe(409);
    const html = async (savedBy?: string) =>
      (await keptRows(meeting?.id ?? ''))
        .filter((k) => !savedBy || k.savedBy === savedBy)
        .map((k) => (k.content as { minutesHtml: string }).minutesHtml)
        .sort();
    expect(await html()).toEqual([
      '<p>Konsulent 1</p>',
      '<p>Konsulent 2</p>',
      '<p>Tovholder 3</p>',
      '<p>Tovholder 4</p>',
      '<p>Tovholder 5</p>',
    ]);

    const parallel = await Promise.all(range(6).map((n) => save(coordinator, `Samtidig ${n}`)));
    expect(parallel.map((r) => r.statusCode)).toEqual(range(6).map(() => 409));
    const rows = await keptRows(meeting?.id ?? '');
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.savedBy)).size).toBe(2);

    const shown = Meeting.parse((await coordinator.get(`/api/v1/meetings/${meeting?.id ?? ''}`)).json()).conflicts;
    expect(shown).toHaveLength(5);
    for (const c of shown) expect((await coordinator.delete(`${url}/conflicts/${c.id}`)).statusCode).toBe(204);
    expect(await keptRows(meeting?.id ?? '')).toEqual([]);
  });
});
