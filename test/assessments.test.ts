import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessments, auditLog } from '../src/server/db/schema.js';
import { inMaintenanceTx } from '../src/server/core/transaction.js';
import { DEFAULT_CRITERIA, DEFAULT_REQUIREMENTS } from '../src/server/seed/demo-rounds.js';
import {
  AssessmentView,
  ListAssessmentTasksResponse,
  RoundScoresResponse,
} from '../src/shared/contracts/assessments.js';
import { assess, buildRound, buildSubmittedApplication, setDeadline } from './helpers/round-factories.js';
import { startTestApp, type PersonAgent, type TestApp } from './helpers/test-app.js';

let t: TestApp;
let admin: PersonAgent;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.loginAs('national_admin');
});
afterAll(() => t.close());

const url = (id: string) => `/api/v1/applications/${id}/assessment`;
const criteria = (score: number | null, justification = 'Velbegrundet') =>
  Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.key, { score, justification }]));
const requirements = (passed: boolean | null) => Object.fromEntries(DEFAULT_REQUIREMENTS.map((r) => [r.key, passed]));

/**
 * A round of the test's own past its deadline, with two assessors of its own
 * (Hanne and Per) and two submitted applications, Hjørring's and Helsingør's.
 */
async function assessedRound() {
  const hanne = await t.loginAs('assessor', { name: 'Hanne Test' });
  const second = await t.loginAs('assessor', { name: 'Per Lund' });
  const roundId = await buildRound(t.database, { assessorIds: [hanne.person.id, second.person.id] });
  const hjoerring = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0860' });
  const helsingoer = await buildSubmittedApplication(t.database, { roundId, municipalityCode: '0217' });
  await setDeadline(t.database, roundId, new Date(t.now().getTime() - 1000));
  return { hanne, second, roundId, hjoerring, helsingoer };
}

/** Both assessors have scored Hjørring; Per declared a conflict on Helsingør, which Hanne failed on a requirement. */
async function scoredRound() {
  const round = await assessedRound();
  const { hanne, second, hjoerring, helsingoer } = round;
  await assess(hanne, hjoerring, [5, 4, 2]);
  await assess(second, hjoerring, [3, 4, 5]);
  const declared = await second.put(`${url(helsingoer)}/conflict`, { hasConflict: true, note: 'Tidligere ansat' });
  expect(declared.statusCode, declared.body).toBe(200);
  await assess(hanne, helsingoer, [4, 4, 4], false);
  return round;
}

describe('assessment', () => {
  it('lists the assessor’s worklist for their rounds only', async () => {
    const { hanne, roundId } = await assessedRound();
    const tasks = ListAssessmentTasksResponse.parse((await hanne.get('/api/v1/assessments')).json());
    const mine = tasks.items.filter((i) => i.roundId === roundId);
    expect(mine.map((i) => [i.municipalityName, i.status])).toEqual([
      ['Helsingør', 'not_started'],
      ['Hjørring', 'not_started'],
    ]);
    const unassigned = await buildRound(t.database);
    const hidden = await buildSubmittedApplication(t.database, { roundId: unassigned, municipalityCode: '0101' });
    expect((await hanne.get(url(hidden))).statusCode).toBe(404);
    expect((await hanne.get(`/api/v1/applications/${hidden}`)).statusCode).toBe(404);
  });

  it('requires the conflict declaration before scoring, and a declared conflict blocks it', async () => {
    const { second, helsingoer } = await assessedRound();
    const first = AssessmentView.parse((await second.get(url(helsingoer))).json());
    expect(first.own.conflict).toBe('undeclared');
    const early = await second.put(url(helsingoer), {
      version: first.own.version,
      requirements: requirements(true),
      criteria: criteria(3),
    });
    expect(early.json()).toMatchObject({ status: 409, code: 'conflict_undeclared' });
    const noNote = await second.put(`${url(helsingoer)}/conflict`, { hasConflict: true });
    expect(noNote.statusCode).toBe(400);
    const declared = AssessmentView.parse(
      (
        await second.put(`${url(helsingoer)}/conflict`, { hasConflict: true, note: 'Tidligere ansat i kommunen' })
      ).json(),
    );
    expect(declared.own.conflict).toBe('conflict');
    const withdrawn = await second.put(`${url(helsingoer)}/conflict`, { hasConflict: false });
    expect(withdrawn.json()).toMatchObject({ status: 409, code: 'conflict_declared' });
    const blocked = await second.put(url(helsingoer), {
      version: declared.own.version,
      requirements: requirements(true),
      criteria: criteria(3),
    });
    expect(blocked.json()).toMatchObject({ status: 403, code: 'conflict_of_interest' });
    const [row] = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select().from(assessments).where(eq(assessments.id, declared.own.id)),
    );
    expect(row?.criteria).toEqual({});
  });

  it('validates scores and refuses an incomplete submission, field by field', async () => {
    const { hanne, hjoerring } = await assessedRound();
    const view = AssessmentView.parse((await hanne.put(`${url(hjoerring)}/conflict`, { hasConflict: false })).json());
    const outOfRange = await hanne.put(url(hjoerring), {
      version: view.own.version,
      requirements: requirements(true),
      criteria: criteria(6),
    });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().errors[0].field).toBe('criteria.need.score');
    const unknown = await hanne.put(url(hjoerring), {
      version: view.own.version,
      requirements: { nonsense: true },
      criteria: {},
    });
    expect(unknown.json().errors).toEqual([{ field: 'requirements.nonsense', message: 'Kravet findes ikke i runden' }]);
    const partial = AssessmentView.parse(
      (
        await hanne.put(url(hjoerring), {
          version: view.own.version,
          requirements: requirements(null),
          criteria: criteria(4, ''),
        })
      ).json(),
    );
    const refused = await hanne.post(`${url(hjoerring)}/submit`, { version: partial.own.version });
    expect(refused.statusCode).toBe(400);
    const fields = refused.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toContain('requirements.management_backing');
    expect(fields).toContain('criteria.motivation.justification');
    const stale = await hanne.put(url(hjoerring), {
      version: view.own.version,
      requirements: requirements(true),
      criteria: criteria(4),
    });
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
  });

  it('keeps other assessors’ scores hidden until one’s own is submitted', async () => {
    const { hanne, second, hjoerring } = await assessedRound();
    await assess(hanne, hjoerring, [5, 4, 2]);
    const before = AssessmentView.parse((await second.get(url(hjoerring))).json());
    expect(before).toMatchObject({ othersHidden: true, others: [] });
    await assess(second, hjoerring, [3, 4, 5]);
    const after = AssessmentView.parse((await second.get(url(hjoerring))).json());
    expect(after.othersHidden).toBe(false);
    expect(after.others.map((o) => [o.assessorName, o.criteria.need?.score])).toEqual([[hanne.person.name, 5]]);
    const resubmit = await second.put(`${url(hjoerring)}/conflict`, { hasConflict: true, note: 'x' });
    expect(resubmit.json()).toMatchObject({ code: 'assessment_submitted' });
  });

  it('gives the admin totals (sum of criterion means), spread and disagreement flags', async () => {
    const { roundId, hjoerring, helsingoer } = await scoredRound();
    const scores = RoundScoresResponse.parse((await admin.get(`/api/v1/rounds/${roundId}/scores`)).json());
    const h = scores.items.find((s) => s.applicationId === hjoerring);
    expect(h).toMatchObject({
      total: 4 + 4 + 3.5,
      eligible: true,
      assessorsSubmitted: 2,
      assessorsAssigned: 2,
      disagreement: true,
    });
    expect(h?.criteria.map((c) => [c.key, c.mean, c.spread, c.disagreement])).toEqual([
      ['need', 4, 2, true],
      ['vulnerable_families', 4, 0, false],
      ['motivation', 3.5, 3, true],
    ]);
    const s = scores.items.find((x) => x.applicationId === helsingoer);
    // The conflicted assessor counts for nothing; a failed requirement makes the application ineligible.
    expect(s).toMatchObject({ total: 12, eligible: false, assessorsSubmitted: 1, conflicts: 1, disagreement: false });
    expect(s?.requirements.management_backing).toBe(false);
  });

  it('never shows scores to the municipalities or other roles', async () => {
    const { hanne, roundId, hjoerring } = await scoredRound();
    const coordinator = await t.loginAs('coordinator', { municipalityCode: '0860' });
    expect((await coordinator.get(`/api/v1/rounds/${roundId}/scores`)).statusCode).toBe(403);
    expect((await coordinator.get(url(hjoerring))).statusCode).toBe(403);
    const app = (await coordinator.get(`/api/v1/applications/${hjoerring}`)).body;
    expect(app).not.toMatch(/score|justification|Begrundelse/);
    expect((await hanne.get(`/api/v1/rounds/${roundId}/scores`)).statusCode).toBe(403);
  });

  it('audits the declarations, saves and submissions', async () => {
    const { hjoerring } = await scoredRound();
    const rows = await inMaintenanceTx(t.database.db, (tx) =>
      tx.select({ action: auditLog.action, details: auditLog.details }).from(auditLog),
    );
    const mine = rows
      .filter((r) => (r.details as { applicationId?: string }).applicationId === hjoerring)
      .map((r) => r.action);
    expect(mine).toEqual(
      expect.arrayContaining(['assessment.conflict_declared', 'assessment.save', 'assessment.submit']),
    );
  });
});
