import type { z } from 'zod';
import type {
  ApplicationScore,
  ListAssessmentTasksQuery,
  ListAssessmentTasksResponse,
  RoundScoresQuery,
  RoundScoresResponse,
} from '../../../shared/contracts/assessments.js';
import type { Tx } from '../../db/client.js';
import { pageInMemory, pageOf } from '../../db/keyset.js';
import { forbidden, notFound } from '../../core/errors.js';
import { applicationsOfRound } from '../applications/index.js';
import { findRound } from '../rounds/index.js';
import * as repo from './repository.js';
import { scoreApplication } from './scores.js';
import type { Context } from '../../core/context.js';
import { can } from '../../access/index.js';

/** Every submitted application of a round with its score (no N+1: one query for all assessments). */
export async function scoreRound(tx: Tx, roundId: string): Promise<ApplicationScore[]> {
  const round = await findRound(tx, roundId, null);
  if (!round) throw notFound();
  const rows = (await applicationsOfRound(tx, roundId)).filter((a) => a.status === 'submitted');
  // One transaction, one connection: queries one after another (pg deprecates overlapping ones).
  const all = await repo.assessmentsOf(
    tx,
    rows.map((r) => r.id),
  );
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
    .sort((a, b) => byScore(scoreKey(a), scoreKey(b)));
}

type ScoreKey = [number | null, string, string];
const scoreKey = (s: ApplicationScore): ScoreKey => [s.total, s.municipalityName, s.applicationId];
/** Highest total first, no total last, then municipality name (Danish order), then id. */
const byScore = (a: ScoreKey, b: ScoreKey) =>
  (b[0] ?? -1) - (a[0] ?? -1) || a[1].localeCompare(b[1], 'da') || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);

/** A page of the round's scores (the whole round is scored: the order is computed from its assessments). */
export async function roundScores(
  ctx: Context,
  roundId: string,
  query: z.output<typeof RoundScoresQuery>,
): Promise<RoundScoresResponse> {
  const { tx, actor } = ctx;
  if (!can(actor, 'selection.manage')) throw forbidden();
  return pageInMemory('scores', await scoreRound(tx, roundId), scoreKey, byScore, query.cursor, query.limit);
}

/** A page of the assessor's worklist, newest course period first. */
export async function assessmentTasks(
  ctx: Context,
  query: z.output<typeof ListAssessmentTasksQuery>,
): Promise<ListAssessmentTasksResponse> {
  const { tx, actor } = ctx;
  const fetched = await repo.tasksOf(tx, actor.userId, { cursor: query.cursor, limit: query.limit });
  const { rows, nextCursor } = pageOf('assessments', fetched, query.limit, (r) => [
    r.courseStart,
    r.roundId,
    r.municipalityName,
    r.applicationId,
  ]);
  return {
    items: rows.map((r) => ({
      applicationId: r.applicationId,
      roundId: r.roundId,
      roundName: r.roundName,
      municipalityName: r.municipalityName,
      conflict: r.conflict ?? 'undeclared',
      status: r.status ?? ('not_started' as const),
    })),
    nextCursor,
  };
}
