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
import { inRequest } from '../../http/request-context.js';
import { listInstitutions, readInstitution, readMunicipality } from './read-organisation.js';
import * as repo from './repository.js';

const tags = ['Organisation'];

export function registerOrganisationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/regions', {
    config: { access: 'organisation.read' },
    schema: { tags, summary: 'De fem regioner', response: { 200: ListRegionsResponse } },
    handler: async (request) => inRequest(request, async (ctx) => ({ items: await repo.listRegions(ctx.tx) })),
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
      inRequest(request, async (ctx) => ({ items: await repo.listMunicipalities(ctx.tx, request.query) })),
  });

  r.get('/api/v1/municipalities/:code', {
    config: { access: 'organisation.read' },
    schema: {
      tags,
      summary: 'En kommune; antal dagtilbud og børn kun for kommunens egne brugere og Socialstyrelsen',
      params: z.strictObject({ code: MunicipalityCode }),
      response: { 200: MunicipalityDetail },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readMunicipality(ctx, request.params.code));
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
    handler: (request) => {
      return inRequest(request, (ctx) => listInstitutions(ctx, request.query));
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
    handler: (request) => {
      return inRequest(request, (ctx) => readInstitution(ctx, request.params.id));
    },
  });
}
