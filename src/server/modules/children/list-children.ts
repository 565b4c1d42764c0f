import type { z } from 'zod';
import type { ListChildrenQuery } from '../../../shared/contracts/children.js';
import { writeAudit } from '../../audit/write-audit.js';
import { presentChild } from './presenter.js';
import { searchChildren } from './repository.js';
import type { Context } from '../../core/context.js';
import { childScopeFilter } from '../../access/index.js';
import { institutionForChildren } from './visible-institution.js';

/** Searches the children the actor may see; the search and its criteria are audited. */
export async function listChildren(ctx: Context, query: z.infer<typeof ListChildrenQuery>) {
  const { tx, actor } = ctx;
  if (query.institutionId) await institutionForChildren(ctx, query.institutionId, 'children.read');
  const { rows, total, totalCapped } = await searchChildren(tx, childScopeFilter(actor), query);
  const { page, pageSize, ...criteria } = query;
  await writeAudit(tx, actor, {
    action: 'child.search',
    entityType: 'child',
    details: { criteria: { ...criteria, page, pageSize }, resultCount: rows.length, childIds: rows.map((r) => r.id) },
  });
  return { items: rows.map(presentChild), page: { page, pageSize, total, totalCapped } };
}
