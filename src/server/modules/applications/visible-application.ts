import { notFound } from '../../core/errors.js';
import { applicationFilter } from '../../access/index.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

/** An application the actor reads (access/applications.ts); anything else is 404 – another municipality's application does not exist for the caller. */
export async function loadVisibleApplication(ctx: Context, id: string): Promise<repo.VisibleApplicationRow> {
  const filter = applicationFilter(ctx.actor);
  const row = filter ? await repo.findApplication(ctx.tx, id, filter) : null;
  if (!row) throw notFound();
  return row;
}
