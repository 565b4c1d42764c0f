import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CourseIdParams } from '../../../shared/contracts/courses.js';
import { MeetingIdParams } from '../../../shared/contracts/meetings.js';
import {
  AgreeTrialRequest,
  ListTrialsQuery,
  ListTrialsResponse,
  LogTrialRequest,
  TrialIdParams,
  TrialWithLogs,
  UpdateTrialRequest,
} from '../../../shared/contracts/trials.js';
import { inActorTx } from '../../core/transaction.js';
import { requireActor } from '../../http/request-context.js';
import { agreeTrial } from './agree-trial.js';
import { logTrial } from './log-trial.js';
import { listCourseTrials, viewTrial } from './read-trials.js';
import { updateTrial } from './update-trial.js';

const tags = ['Afprøvninger'];

/** Trials agreed at meetings and the logs staff write between meetings (issue 4). */
export function registerTrialRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.post('/api/v1/meetings/:id/trials', {
    config: { access: 'trial.agree' },
    schema: { tags, summary: 'Aftal en afprøvning på mødet (arbejdsgruppemødets gruppe)', params: MeetingIdParams, body: AgreeTrialRequest, response: { 201: TrialWithLogs } },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const trial = await inActorTx(db, actor, (tx) => agreeTrial(tx, actor, request.params.id, request.body));
      return reply.code(201).send(trial);
    },
  });

  r.get('/api/v1/courses/:id/trials', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Forløbets afprøvninger (åbne først; filtrér på status; sidevis) med antal logninger',
      params: CourseIdParams,
      querystring: ListTrialsQuery,
      response: { 200: ListTrialsResponse },
    },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => listCourseTrials(tx, actor, request.params.id, request.query));
    },
  });

  r.get('/api/v1/trials/:id', {
    config: { access: 'course.read' },
    schema: { tags, summary: 'En afprøvning med logninger (nyeste først)', params: TrialIdParams, response: { 200: TrialWithLogs } },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => viewTrial(tx, actor, request.params.id));
    },
  });

  r.patch('/api/v1/trials/:id', {
    config: { access: 'trial.agree' },
    schema: { tags, summary: 'Ret en afprøvning (beskrivelse, ansvarlig, status)', params: TrialIdParams, body: UpdateTrialRequest, response: { 200: TrialWithLogs } },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => updateTrial(tx, actor, request.params.id, request.body));
    },
  });

  r.post('/api/v1/trials/:id/logs', {
    config: { access: 'trial.log' },
    schema: { tags, summary: 'Log en afprøvning: hvad I prøvede, hvad der skete, refleksion', params: TrialIdParams, body: LogTrialRequest, response: { 201: TrialWithLogs } },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const trial = await inActorTx(db, actor, (tx) => logTrial(tx, actor, request.params.id, request.body));
      return reply.code(201).send(trial);
    },
  });
}
