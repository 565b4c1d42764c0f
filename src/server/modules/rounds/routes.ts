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
import { inActorTx } from '../../core/transaction.js';
import { requireActor } from '../../http/request-context.js';
import { createRound, editRound, listRounds, readRound, setAssessors } from './manage-rounds.js';

const tags = ['Ansøgningsrunder'];

export function registerRoundRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get('/api/v1/rounds', {
    config: { access: 'round.read' },
    schema: {
      tags,
      summary: 'Ansøgningsrunder (en bedømmer ser kun sine egne; sidevis: cursor + limit; nyeste forløbsperiode først)',
      querystring: ListRoundsQuery,
      response: { 200: ListRoundsResponse },
    },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => listRounds(tx, actor, request.query));
    },
  });

  r.get('/api/v1/rounds/:id', {
    config: { access: 'round.read' },
    schema: { tags, summary: 'En ansøgningsrunde', params: RoundIdParams, response: { 200: Round } },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => readRound(tx, actor, request.params.id));
    },
  });

  r.post('/api/v1/rounds', {
    config: { access: 'round.manage' },
    schema: { tags, summary: 'Opret en ansøgningsrunde', body: CreateRoundRequest, response: { 201: Round } },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const round = await inActorTx(db, actor, (tx) => createRound(tx, actor, request.body));
      return reply.code(201).send(round);
    },
  });

  r.patch('/api/v1/rounds/:id', {
    config: { access: 'round.manage' },
    schema: { tags, summary: 'Ret en ansøgningsrunde (med versionsnummer)', params: RoundIdParams, body: UpdateRoundRequest, response: { 200: Round } },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => editRound(tx, actor, request.params.id, request.body));
    },
  });

  r.put('/api/v1/rounds/:id/assessors', {
    config: { access: 'round.manage' },
    schema: { tags, summary: 'Sæt rundens bedømmere', params: RoundIdParams, body: SetAssessorsRequest, response: { 200: Round } },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => setAssessors(tx, actor, request.params.id, request.body));
    },
  });
}
