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
import { inRequest } from '../../http/request-context.js';
import { agreeTrial } from './agree-trial.js';
import { logTrial } from './log-trial.js';
import { listCourseTrials, viewTrial } from './read-trials.js';
import { updateTrial } from './update-trial.js';

const tags = ['Afprøvninger'];

/** Trials agreed at meetings and the logs staff write between meetings (issue 4). */
export function registerTrialRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/meetings/:id/trials', {
    config: { access: 'trial.agree' },
    schema: {
      tags,
      summary: 'Aftal en afprøvning på mødet (arbejdsgruppemødets gruppe)',
      params: MeetingIdParams,
      body: AgreeTrialRequest,
      response: { 201: TrialWithLogs },
    },
    handler: async (request, reply) => {
      const trial = await inRequest(request, (ctx) => agreeTrial(ctx, request.params.id, request.body));
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
      return inRequest(request, (ctx) => listCourseTrials(ctx, request.params.id, request.query));
    },
  });

  r.get('/api/v1/trials/:id', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'En afprøvning med logninger (nyeste først)',
      params: TrialIdParams,
      response: { 200: TrialWithLogs },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => viewTrial(ctx, request.params.id));
    },
  });

  r.patch('/api/v1/trials/:id', {
    config: { access: 'trial.agree' },
    schema: {
      tags,
      summary: 'Ret en afprøvning (beskrivelse, ansvarlig, status)',
      params: TrialIdParams,
      body: UpdateTrialRequest,
      response: { 200: TrialWithLogs },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => updateTrial(ctx, request.params.id, request.body));
    },
  });

  r.post('/api/v1/trials/:id/logs', {
    config: { access: 'trial.log' },
    schema: {
      tags,
      summary: 'Log en afprøvning: hvad I prøvede, hvad der skete, refleksion',
      params: TrialIdParams,
      body: LogTrialRequest,
      response: { 201: TrialWithLogs },
    },
    handler: async (request, reply) => {
      const trial = await inRequest(request, (ctx) => logTrial(ctx, request.params.id, request.body));
      return reply.code(201).send(trial);
    },
  });
}
