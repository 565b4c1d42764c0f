import type { ApplicationScore, AssessmentTask } from '../../../shared/contracts/assessments.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/scope.js';
import { forbidden, notFound } from '../../http/errors.js';
import { can } from '../../policy/policy.js';
import * as applicationsRepo from '../applications/repository.js';
import * as roundsRepo from '../rounds/repository.js';
import * as repo from './repository.js';
import { scoreApplication } from './scores.js';

/** Every submitted application of a round with its score (no N+1: one query for all assessments). */
export async function scoreRound(tx: Tx, roundId: string): Promise<ApplicationScore[]> {
  const round = await roundsRepo.findRound(tx, roundId, null);
  if (!round) throw notFound();
  const rows = (await applicationsRepo.listApplications(tx, { kind: 'all' }, roundId)).filter((a) => a.status === 'submitted');
  // One transaction, one connection: queries one after another (pg deprecates overlapping ones).
  const all = await repo.assessmentsOf(tx, rows.map((r) => r.id));
  const assigned = await repo.assessorCount(tx, roundId);
  return rows
    .map((row) =>
      scoreApplication(
        {
          applicationId: row.id,
          municipalityCode: row.municipalityCode,
          municipalityName: row.municipalityName,
          regionName: row.regionName,
          population: row.population,
          familyDaycareShare: row.content.familyDaycareShare,
        },
        round,
        all.filter((a) => a.applicationId === row.id),
        assigned,
      ),
    )
    .sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.municipalityName.localeCompare(b.municipalityName, 'da'));
}

export async function roundScores(tx: Tx, actor: Actor, roundId: string): Promise<{ items: ApplicationScore[] }> {
  if (!can(actor, 'selection.manage')) throw forbidden();
  return { items: await scoreRound(tx, roundId) };
}

export async function assessmentTasks(tx: Tx, actor: Actor): Promise<{ items: AssessmentTask[] }> {
  const rows = await repo.tasksOf(tx, actor.userId);
  return {
    items: rows.map((r) => ({
      applicationId: r.applicationId,
      roundId: r.roundId,
      roundName: r.roundName,
      municipalityName: r.municipalityName,
      conflict: r.conflict ?? 'undeclared',
      status: r.status ?? ('not_started' as const),
    })),
  };
}
