import type { Application, ApplicationSummary } from '../../../shared/contracts/applications.js';
import type { Tx } from '../../db/client.js';
import type { Actor } from '../../db/scope.js';
import { notFound } from '../../http/errors.js';
import * as roundsRepo from '../rounds/repository.js';
import { loadVisibleApplication, applicationFilter } from './access.js';
import { presentApplication, presentSummary } from './present-application.js';
import * as repo from './repository.js';

export async function listApplications(tx: Tx, actor: Actor, roundId?: string): Promise<{ items: ApplicationSummary[] }> {
  const filter = applicationFilter(actor);
  if (!filter) return { items: [] };
  if (roundId && !(await roundsRepo.findRound(tx, roundId, filter.kind === 'assessor' ? actor.userId : null))) throw notFound();
  const rows = await repo.listApplications(tx, filter, roundId);
  return { items: rows.map((row) => presentSummary(actor, row)) };
}

export async function readApplication(tx: Tx, actor: Actor, id: string): Promise<Application> {
  return presentApplication(tx, actor, await loadVisibleApplication(tx, actor, id));
}
