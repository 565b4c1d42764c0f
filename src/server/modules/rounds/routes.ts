import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateRoundRequest,
  ListRoundsQuery,
  ListRoundsResponse,
  Round,
  RoundIdParams,
  SetAssessorsRequest,
  UpdateRoundRequest,
} from '../../../shared/contracts/rounds.js';
import { inRequest } from '../../http/request-context.js';
import { createRound, editRound, listRounds, readRound, setAssessors } from './manage-rounds.js';

const tags = ['Ansøgningsrunder'];

export function registerRoundRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/rounds', {
    config: { access: 'round.read' },
    schema: {
      tags,
      summary: 'Ansøgningsrunder (en bedømmer ser kun sine egne; sidevis: cursor + limit; nyeste forløbsperiode først)',
      querystring: ListRoundsQuery,
      response: { 200: ListRoundsResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listRounds(ctx, request.query));
    },
  });

  r.get('/api/v1/rounds/:id', {
    config: { access: 'round.read' },
    schema: { tags, summary: 'En ansøgningsrunde', params: RoundIdParams, response: { 200: Round } },
    handler: (request) => {
      return inRequest(request, (ctx) => readRound(ctx, request.params.id));
    },
  });

  r.post('/api/v1/rounds', {
    config: { access: 'round.manage' },
    schema: { tags, summary: 'Opret en ansøgningsrunde', body: CreateRoundRequest, response: { 201: Round } },
    handler: async (request, reply) => {
      const round = await inRequest(request, (ctx) => createRound(ctx, request.body));
      return reply.code(201).send(round);
    },
  });

  r.patch('/api/v1/rounds/:id', {
    config: { access: 'round.manage' },
    schema: {
      tags,
      summary: 'Ret en ansøgningsrunde (med versionsnummer)',
      params: RoundIdParams,
      body: UpdateRoundRequest,
      response: { 200: Round },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => editRound(ctx, request.params.id, request.body));
    },
  });

  r.put('/api/v1/rounds/:id/assessors', {
    config: { access: 'round.manage' },
    schema: {
      tags,
      summary: 'Sæt rundens bedømmere',
      params: RoundIdParams,
      body: SetAssessorsRequest,
      response: { 200: Round },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => setAssessors(ctx, request.params.id, request.body));
    },
  });
}
