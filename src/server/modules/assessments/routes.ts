import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ApplicationIdParams } from '../../../shared/contracts/applications.js';
import {
  AssessmentView,
  DeclareConflictRequest,
  ListAssessmentTasksQuery,
  ListAssessmentTasksResponse,
  RoundScoresQuery,
  RoundScoresResponse,
  SaveAssessmentRequest,
  SubmitAssessmentRequest,
} from '../../../shared/contracts/assessments.js';
import { RoundIdParams } from '../../../shared/contracts/rounds.js';
import { inRequest } from '../../http/request-context.js';
import { declareConflict } from './declare-conflict.js';
import { assessmentTasks, roundScores } from './round-scores.js';
import { saveAssessment } from './save-assessment.js';
import { submitAssessment } from './submit-assessment.js';
import { viewAssessment } from './view-assessment.js';

const tags = ['Bedømmelse'];

export function registerAssessmentRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/assessments', {
    config: { access: 'assessment.write' },
    schema: {
      tags,
      summary: 'Bedømmerens arbejdsliste (sidevis: cursor + limit; nyeste forløbsperiode først, så kommunenavn)',
      querystring: ListAssessmentTasksQuery,
      response: { 200: ListAssessmentTasksResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => assessmentTasks(ctx, request.query));
    },
  });

  r.get('/api/v1/applications/:id/assessment', {
    config: { access: 'assessment.write' },
    schema: {
      tags,
      summary: 'Egen bedømmelse (andres først, når egen er indsendt)',
      params: ApplicationIdParams,
      response: { 200: AssessmentView },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => viewAssessment(ctx, request.params.id));
    },
  });

  r.put('/api/v1/applications/:id/assessment/conflict', {
    config: { access: 'assessment.write' },
    schema: {
      tags,
      summary: 'Erklær inhabilitet (en interessekonflikt spærrer for bedømmelse)',
      params: ApplicationIdParams,
      body: DeclareConflictRequest,
      response: { 200: AssessmentView },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => declareConflict(ctx, request.params.id, request.body));
    },
  });

  r.put('/api/v1/applications/:id/assessment', {
    config: { access: 'assessment.write' },
    schema: {
      tags,
      summary: 'Gem bedømmelsen som kladde',
      params: ApplicationIdParams,
      body: SaveAssessmentRequest,
      response: { 200: AssessmentView },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => saveAssessment(ctx, request.params.id, request.body));
    },
  });

  r.post('/api/v1/applications/:id/assessment/submit', {
    config: { access: 'assessment.write' },
    schema: {
      tags,
      summary: 'Indsend bedømmelsen',
      params: ApplicationIdParams,
      body: SubmitAssessmentRequest,
      response: { 200: AssessmentView },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => submitAssessment(ctx, request.params.id, request.body.version));
    },
  });

  r.get('/api/v1/rounds/:id/scores', {
    config: { access: 'selection.manage' },
    schema: {
      tags,
      summary: 'Rundens point: totaler, spredning og uenighed (sidevis: cursor + limit; højeste total først)',
      params: RoundIdParams,
      querystring: RoundScoresQuery,
      response: { 200: RoundScoresResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => roundScores(ctx, request.params.id, request.query));
    },
  });
}
