import type { z } from 'zod';
import type { ListInstitutionsQuery } from '../../../shared/contracts/organisation.js';
import type { Access } from '../../access/index.js';
import { notFound } from '../../core/errors.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { canSeeOrganisationOf, organisationScope } from '../../access/index.js';

/** A municipality's public data; institution and child counts only for its own users and the agency. */
export async function readMunicipality(ctx: Context, code: string) {
  const { tx, actor } = ctx;
  const m = await repo.findMunicipality(tx, code);
  if (!m) throw notFound();
  const own = canSeeOrganisationOf(actor, m.code);
  return {
    ...m,
    institutionCount: own ? await repo.countInstitutions(tx, m.code) : null,
    childCount: own ? await repo.childCountOfMunicipality(tx, m.code) : null,
  };
}

function childActions(access: Access, inst: { id: string; municipalityCode: string }) {
  return { readChildren: access.may('children.read', inst), writeChildren: access.may('children.write', inst) };
}

/** The institutions in the actor's scope, one page, with child counts (no names). */
export async function listInstitutions(ctx: Context, query: z.infer<typeof ListInstitutionsQuery>) {
  const { tx, actor } = ctx;
  const { rows, total } = await repo.listInstitutions(tx, { ...query, scope: organisationScope(actor) });
  const counts = await repo.childCounts(
    tx,
    rows.map((i) => i.id),
  );
  return {
    items: rows.map(({ total: _t, ...i }) => ({
      ...i,
      childCount: counts.byInstitution.get(i.id) ?? 0,
      actions: childActions(ctx.access, i),
    })),
    page: { page: query.page, pageSize: query.pageSize, total },
  };
}

/** One institution with its groups and child counts; 404 outside the actor's municipality. */
export async function readInstitution(ctx: Context, id: string) {
  const { tx, actor } = ctx;
  const inst = await repo.findInstitution(tx, id);
  if (!inst || !canSeeOrganisationOf(actor, inst.municipalityCode)) throw notFound();
  const groups = await repo.listGroups(tx, inst.id);
  const counts = await repo.childCounts(tx, [inst.id]);
  return {
    ...inst,
    childCount: counts.byInstitution.get(inst.id) ?? 0,
    groups: groups.map((g) => ({ ...g, childCount: counts.byGroup.get(g.id) ?? 0 })),
    actions: childActions(ctx.access, inst),
  };
}
