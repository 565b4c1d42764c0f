import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CourseIdParams } from '../../../shared/contracts/courses.js';
import { ConflictIdParams } from '../../../shared/contracts/edit-conflicts.js';
import {
  PresentSelfAnalysisRequest,
  ReopenSelfAnalysisRequest,
  SaveSelfAnalysisRequest,
  SelfAnalysis,
} from '../../../shared/contracts/self-analysis.js';
import { AppError } from '../../core/errors.js';
import { inRequest } from '../../http/request-context.js';
import { sendDocument } from '../files/index.js';
import { dismissSelfAnalysisConflict } from './dismiss-conflict.js';
import { presentSelfAnalysis } from './present-self-analysis.js';
import { reopenSelfAnalysis } from './reopen-self-analysis.js';
import { viewSelfAnalysis } from './read-self-analysis.js';
import { saveSelfAnalysis } from './save-self-analysis.js';
import { selfAnalysisPdf } from './self-analysis-pdf.js';
import { PRESENTED_DETAIL, stateConflict } from './state-conflict.js';

const tags = ['Egenanalyse'];
const Pdf = z.any().describe('application/pdf');

/** The course's self-analysis (issue 4 point 6). */
export function registerSelfAnalysisRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/courses/:id/self-analysis', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Forløbets egenanalyse: skabelonen med svar, tal fra Indsats, status og særskilte udgaver',
      params: CourseIdParams,
      response: { 200: SelfAnalysis },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => viewSelfAnalysis(ctx, request.params.id));
    },
  });

  r.put('/api/v1/courses/:id/self-analysis', {
    config: { access: 'self_analysis.write' },
    schema: {
      tags,
      summary: 'Gem egenanalysen (med versionsnummer; en samtidig ændring gemmes som særskilt udgave og giver 409)',
      params: CourseIdParams,
      body: SaveSelfAnalysisRequest,
      response: { 200: SelfAnalysis },
    },
    handler: async (request) => {
      // The kept version must survive: the 409 is answered after the transaction has committed.
      const result = await inRequest(request, (ctx) => saveSelfAnalysis(ctx, request.params.id, request.body));
      switch (result.kind) {
        case 'saved':
          return result.selfAnalysis;
        case 'kept':
          throw new AppError('version_conflict', {
            detail:
              'En anden har gemt egenanalysen, mens du skrev. Begge udgaver er gemt – vælg, hvilken der skal gælde.',
            conflict: result.conflict,
          });
        case 'presented':
          throw stateConflict(
            'self_analysis_presented',
            result.conflictId ? `${PRESENTED_DETAIL} Det, du skrev, er gemt som en særskilt udgave.` : PRESENTED_DETAIL,
          );
      }
    },
  });

  r.post('/api/v1/courses/:id/self-analysis/present', {
    config: { access: 'self_analysis.write' },
    schema: {
      tags,
      summary: 'Fremlæg egenanalysen (kræver de obligatoriske dele; svaret på 400 siger, hvad der mangler)',
      params: CourseIdParams,
      body: PresentSelfAnalysisRequest,
      response: { 200: SelfAnalysis },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => presentSelfAnalysis(ctx, request.params.id, request.body.version));
    },
  });

  r.post('/api/v1/courses/:id/self-analysis/reopen', {
    config: { access: 'self_analysis.write' },
    schema: {
      tags,
      summary: 'Genåbn en fremlagt egenanalyse som kladde',
      params: CourseIdParams,
      body: ReopenSelfAnalysisRequest,
      response: { 200: SelfAnalysis },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => reopenSelfAnalysis(ctx, request.params.id, request.body.version));
    },
  });

  r.delete('/api/v1/courses/:id/self-analysis/conflicts/:conflictId', {
    config: { access: 'self_analysis.write' },
    schema: { tags, summary: 'Læg en særskilt udgave af egenanalysen væk', params: ConflictIdParams },
    handler: async (request, reply) => {
      await inRequest(request, (ctx) => dismissSelfAnalysisConflict(ctx, request.params.id, request.params.conflictId));
      return reply.code(204).send();
    },
  });

  r.get('/api/v1/courses/:id/self-analysis.pdf', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Egenanalysens resultater som PDF (en kladde er mærket som kladde)',
      params: CourseIdParams,
      response: { 200: Pdf },
    },
    handler: async (request, reply) => {
      const pdf = await inRequest(request, (ctx) => selfAnalysisPdf(ctx, request.params.id));
      return sendDocument(reply, pdf.bytes, pdf.filename, 'pdf');
    },
  });
}
