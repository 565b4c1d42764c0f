import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MunicipalityCode, Uuid } from '../../../shared/contracts/common.js';
import {
  InstitutionDetail,
  ListInstitutionsQuery,
  ListInstitutionsResponse,
  ListMunicipalitiesQuery,
  ListMunicipalitiesResponse,
  ListRegionsResponse,
  MunicipalityDetail,
} from '../../../shared/contracts/organisation.js';
import { inActorTx } from '../../db/scope.js';
import { notFound } from '../../http/errors.js';
import { requireActor } from '../../http/request-context.js';
import { canSeeChildrenOf, canSeeOrganisationOf, canWriteChildrenOf, organisationScope } from '../../policy/policy.js';
import * as repo from './repository.js';

const tags = ['Organisation'];

export function registerOrganisationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get('/api/v1/regions', {
    config: { access: 'organisation.read' },
    schema: { tags, summary: 'De fem regioner', response: { 200: ListRegionsResponse } },
    handler: async (request) =>
      inActorTx(db, requireActor(request), async (tx) => ({ items: await repo.listRegions(tx) })),
  });

  r.get('/api/v1/municipalities', {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'Alle 98 kommuner (offentlige referencedata)',
      querystring: ListMunicipalitiesQuery,
      response: { 200: ListMunicipalitiesResponse },
    },
    handler: async (request) =>
      inActorTx(db, requireActor(request), async (tx) => ({ items: await repo.listMunicipalities(tx, request.query) })),
  });

  r.get('/api/v1/municipalities/:code', {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'En kommune; antal dagtilbud og børn kun for kommunens egne brugere og Socialstyrelsen',
      params: z.strictObject({ code: MunicipalityCode }),
      response: { 200: MunicipalityDetail },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, async (tx) => {
        const m = await repo.findMunicipality(tx, request.params.code);
        if (!m) throw notFound();
        const own = canSeeOrganisationOf(actor, m.code);
        return {
          ...m,
          institutionCount: own ? await repo.countInstitutions(tx, m.code) : null,
          childCount: own ? await repo.childCountOfMunicipality(tx, m.code) : null,
        };
      });
    },
  });

  r.get('/api/v1/institutions', {
    config: { access: 'institution.read' },
    schema: {
      tags,
      summary: 'Dagtilbud, som brugeren har adgang til',
      querystring: ListInstitutionsQuery,
      response: { 200: ListInstitutionsResponse },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, async (tx) => {
        const { rows, total } = await repo.listInstitutions(tx, { ...request.query, scope: organisationScope(actor) });
        const counts = await repo.childCounts(
          tx,
          rows.map((i) => i.id),
        );
        return {
          items: rows.map(({ total: _t, ...i }) => ({
            ...i,
            childCount: counts.byInstitution.get(i.id) ?? 0,
            actions: { readChildren: canSeeChildrenOf(actor, i), writeChildren: canWriteChildrenOf(actor, i) },
          })),
          page: { page: request.query.page, pageSize: request.query.pageSize, total },
        };
      });
    },
  });

  r.get('/api/v1/institutions/:id', {
    config: { access: 'institution.read' },
    schema: {
      tags,
      summary: 'Et dagtilbud med stuer/grupper og antal børn',
      params: z.strictObject({ id: Uuid }),
      response: { 200: InstitutionDetail },
    },
    handler: async (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, async (tx) => {
        const inst = await repo.findInstitution(tx, request.params.id);
        if (!inst || !canSeeOrganisationOf(actor, inst.municipalityCode)) throw notFound();
        const [groupRows, counts] = [await repo.listGroups(tx, inst.id), await repo.childCounts(tx, [inst.id])];
        return {
          ...inst,
          childCount: counts.byInstitution.get(inst.id) ?? 0,
          groups: groupRows.map((g) => ({ ...g, childCount: counts.byGroup.get(g.id) ?? 0 })),
          actions: { readChildren: canSeeChildrenOf(actor, inst), writeChildren: canWriteChildrenOf(actor, inst) },
        };
      });
    },
  });
}
