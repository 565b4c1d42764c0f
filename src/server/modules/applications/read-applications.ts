import type { z } from 'zod';
import type {
  Application,
  ListApplicationsQuery,
  ListApplicationsResponse,
} from '../../../shared/contracts/applications.js';
import { writeAudit } from '../../audit/write-audit.js';
import { notFound } from '../../core/errors.js';
import { findRound } from '../rounds/index.js';
import { pageOf } from '../../db/keyset.js';
import { presentApplication, presentListItem } from './present-application.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { applicationFilter } from '../../access/index.js';
import { loadVisibleApplication } from './visible-application.js';

/** A page of the applications the actor may see (optionally one round's), newest course period first. */
export async function listApplications(
  ctx: Context,
  query: z.output<typeof ListApplicationsQuery>,
  roundId?: string,
): Promise<ListApplicationsResponse> {
  const { tx, actor } = ctx;
  const filter = applicationFilter(actor);
  if (!filter) return { items: [], nextCursor: null };
  if (roundId && !(await findRound(tx, roundId, filter.kind === 'assessor' ? actor.userId : null))) throw notFound();
  const fetched = await repo.listApplicationsPage(tx, filter, { roundId, cursor: query.cursor, limit: query.limit });
  const { rows, nextCursor } = pageOf('applications', fetched, query.limit, (r) => [
    r.courseStart,
    r.roundId,
    r.municipalityName,
    r.id,
  ]);
  return { items: rows.map((row) => presentListItem(ctx.access, row)), nextCursor };
}

/** The application as its page shows it (also the answer to a change, which the change's own audit row covers). */
export async function readApplication(ctx: Context, id: string): Promise<Application> {
  return presentApplication(ctx, await loadVisibleApplication(ctx, id));
}

/**
 * Somebody opens an application (with its kept versions, for its own
 * coordinator): it names the municipality's contact person and director, so
 * the read is logged – which application, which version, never its content.
 */
export async function viewApplication(ctx: Context, id: string): Promise<Application> {
  const { tx, actor } = ctx;
  const row = await loadVisibleApplication(ctx, id);
  await writeAudit(tx, actor, {
    action: 'application.read',
    entityType: 'application',
    entityId: row.id,
    municipalityCode: row.municipalityCode,
    details: { version: row.version },
  });
  return presentApplication(ctx, row);
}
