import type { Database } from '../../src/server/db/client.js';
import { applications, roundAssessors, rounds } from '../../src/server/db/schema.js';
import { inMaintenanceTx } from '../../src/server/core/transaction.js';
import { DEFAULT_CRITERIA, DEFAULT_REQUIREMENTS } from '../../src/server/seed/demo-rounds.js';
import { EMPTY_APPLICATION, type ApplicationContent } from '../../src/shared/contracts/applications.js';
import type { Agent } from './test-app.js';
import { testNow } from './test-clock.js';

let counter = 0;

/** A round of its own (so tests never depend on the demo round's state), deadline an hour ahead unless given. */
export async function buildRound(
  database: Database,
  values: Partial<typeof rounds.$inferInsert> & { assessorIds?: string[] } = {},
): Promise<string> {
  counter += 1;
  const { assessorIds = [], ...round } = values;
  return inMaintenanceTx(database.db, async (tx) => {
    const [row] = await tx
      .insert(rounds)
      .values({
        name: `Testrunde ${counter}`,
        courseStart: '2028-01-01',
        courseEnd: '2028-12-31',
        deadline: new Date(testNow().getTime() + 3_600_000),
        capacity: 2,
        criteria: DEFAULT_CRITERIA,
        requirements: DEFAULT_REQUIREMENTS,
        balanceRules: {},
        ...round,
      })
      .returning({ id: rounds.id });
    if (assessorIds.length > 0)
      await tx.insert(roundAssessors).values(assessorIds.map((userId) => ({ roundId: row!.id, userId })));
    return row!.id;
  });
}

/** A submitted application straight into the database, for municipalities without demo users. */
export async function buildSubmittedApplication(
  database: Database,
  values: { roundId: string; municipalityCode: string; content?: Partial<ApplicationContent> },
): Promise<string> {
  return inMaintenanceTx(database.db, async (tx) => {
    const [row] = await tx
      .insert(applications)
      .values({
        roundId: values.roundId,
        municipalityCode: values.municipalityCode,
        status: 'submitted',
        submittedAt: testNow(),
        content: { ...EMPTY_APPLICATION, familyDaycareShare: 20, evaluationCommitment: true, ...values.content },
      })
      .returning({ id: applications.id });
    return row!.id;
  });
}

export async function setDeadline(database: Database, roundId: string, deadline: Date): Promise<void> {
  const { eq } = await import('drizzle-orm');
  await inMaintenanceTx(database.db, (tx) => tx.update(rounds).set({ deadline }).where(eq(rounds.id, roundId)));
}

/** Declares no conflict, scores every criterion and passes/fails the requirements, and submits. */
export async function assess(
  agent: Agent,
  applicationId: string,
  scores: [number, number, number],
  requirementsPassed = true,
): Promise<void> {
  const base = `/api/v1/applications/${applicationId}/assessment`;
  const declared = await agent.put(`${base}/conflict`, { hasConflict: false });
  if (declared.statusCode !== 200) throw new Error(`declare: ${declared.statusCode} ${declared.body}`);
  const version = declared.json<{ own: { version: number } }>().own.version;
  const saved = await agent.put(base, {
    version,
    requirements: Object.fromEntries(DEFAULT_REQUIREMENTS.map((r) => [r.key, requirementsPassed])),
    criteria: Object.fromEntries(
      DEFAULT_CRITERIA.map((c, i) => [c.key, { score: scores[i], justification: `Begrundelse for ${c.key}` }]),
    ),
  });
  if (saved.statusCode !== 200) throw new Error(`save: ${saved.statusCode} ${saved.body}`);
  const submitted = await agent.post(`${base}/submit`, {
    version: saved.json<{ own: { version: number } }>().own.version,
  });
  if (submitted.statusCode !== 200) throw new Error(`submit: ${submitted.statusCode} ${submitted.body}`);
}
