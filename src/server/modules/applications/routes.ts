import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Application,
  ApplicationConflictParams,
  ApplicationIdParams,
  CreateApplicationRequest,
  ListApplicationsQuery,
  ListApplicationsResponse,
  SaveApplicationRequest,
  SubmitApplicationRequest,
} from '../../../shared/contracts/applications.js';
import { RoundIdParams } from '../../../shared/contracts/rounds.js';
import { AppError } from '../../core/errors.js';
import { inRequest } from '../../http/request-context.js';
import { receivePdf, sendDocument, sendPdfFile } from '../files/index.js';
import { receiptPdf } from './application-receipt.js';
import { createApplication } from './create-application.js';
import { listApplications, viewApplication } from './read-applications.js';
import { dismissConflict, saveApplication } from './save-application.js';
import { submitApplication } from './submit-application.js';
import { downloadDirectorCommitment, uploadDirectorCommitment } from './upload-director-commitment.js';

const tags = ['Ansøgninger'];
const Pdf = z.any().describe('application/pdf');

export function registerApplicationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const filesDir = app.config.filesDir;

  r.get('/api/v1/applications', {
    config: { access: 'application.read' },
    schema: {
      tags,
      summary:
        'Ansøgninger, som den indloggede må se (sidevis: cursor + limit; nyeste forløbsperiode først, så kommunenavn)',
      querystring: ListApplicationsQuery,
      response: { 200: ListApplicationsResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listApplications(ctx, request.query));
    },
  });

  r.get('/api/v1/rounds/:id/applications', {
    config: { access: 'application.read' },
    schema: {
      tags,
      summary: 'En rundes ansøgninger (sidevis: cursor + limit; kommunenavn)',
      params: RoundIdParams,
      querystring: ListApplicationsQuery,
      response: { 200: ListApplicationsResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listApplications(ctx, request.query, request.params.id));
    },
  });

  r.post('/api/v1/rounds/:id/applications', {
    config: { access: 'application.write' },
    schema: {
      tags,
      summary: 'Påbegynd kommunens ansøgning',
      params: RoundIdParams,
      body: CreateApplicationRequest,
      response: { 201: Application },
    },
    handler: async (request, reply) => {
      const created = await inRequest(request, (ctx) =>
        createApplication(ctx, request.params.id, request.body.content),
      );
      return reply.code(201).send(created);
    },
  });

  r.get('/api/v1/applications/:id', {
    config: { access: 'application.read' },
    schema: { tags, summary: 'En ansøgning', params: ApplicationIdParams, response: { 200: Application } },
    handler: (request) => {
      return inRequest(request, (ctx) => viewApplication(ctx, request.params.id));
    },
  });

  r.put('/api/v1/applications/:id', {
    config: { access: 'application.write' },
    schema: {
      tags,
      summary: 'Gem kladden (med versionsnummer; en samtidig ændring gemmes som særskilt udgave og giver 409)',
      params: ApplicationIdParams,
      body: SaveApplicationRequest,
      response: { 200: Application },
    },
    handler: async (request) => {
      const result = await inRequest(request, (ctx) => saveApplication(ctx, request.params.id, request.body));
      if (!result.saved) {
        throw new AppError('version_conflict', {
          detail: 'En anden har gemt ansøgningen, mens du skrev. Begge udgaver er gemt – vælg, hvilken der skal gælde.',
          conflict: result.conflict,
        });
      }
      return result.application;
    },
  });

  r.post('/api/v1/applications/:id/submit', {
    config: { access: 'application.write' },
    schema: {
      tags,
      summary: 'Indsend ansøgningen (inden fristen)',
      params: ApplicationIdParams,
      body: SubmitApplicationRequest,
      response: { 200: Application },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => submitApplication(ctx, request.params.id, request.body.version));
    },
  });

  r.delete('/api/v1/applications/:id/conflicts/:conflictId', {
    config: { access: 'application.write' },
    schema: { tags, summary: 'Læg en særskilt udgave væk', params: ApplicationConflictParams },
    handler: async (request, reply) => {
      await inRequest(request, (ctx) => dismissConflict(ctx, request.params.id, request.params.conflictId));
      return reply.code(204).send();
    },
  });

  r.put('/api/v1/applications/:id/director-commitment', {
    config: { access: 'application.write' },
    schema: {
      tags,
      summary: 'Upload direktørens underskrevne erklæring (PDF, højst 10 MB, feltet "file")',
      consumes: ['multipart/form-data'],
      params: ApplicationIdParams,
      response: { 200: Application },
    },
    handler: async (request) => {
      const pdf = await receivePdf(request);
      return inRequest(request, (ctx) => uploadDirectorCommitment(ctx, filesDir, request.params.id, pdf));
    },
  });

  r.get('/api/v1/applications/:id/director-commitment', {
    config: { access: 'application.read' },
    schema: {
      tags,
      summary: 'Direktørens underskrevne erklæring (PDF)',
      params: ApplicationIdParams,
      response: { 200: Pdf },
    },
    handler: async (request, reply) => {
      const file = await inRequest(request, (ctx) => downloadDirectorCommitment(ctx, request.params.id));
      return sendPdfFile(reply, filesDir, file);
    },
  });

  r.get('/api/v1/applications/:id/receipt.pdf', {
    config: { access: 'application.read' },
    schema: {
      tags,
      summary: 'Kvittering for en indsendt ansøgning (PDF)',
      params: ApplicationIdParams,
      response: { 200: Pdf },
    },
    handler: async (request, reply) => {
      const receipt = await inRequest(request, (ctx) => receiptPdf(ctx, request.params.id));
      return sendDocument(reply, receipt.bytes, receipt.filename, 'pdf');
    },
  });
}
