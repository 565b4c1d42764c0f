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
import { inActorTx } from '../../core/transaction.js';
import { AppError } from '../../core/errors.js';
import { requireActor } from '../../http/request-context.js';
import { receivePdf, sendDocument, sendPdfFile } from '../files/upload.js';
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
  const db = app.database.db;
  const filesDir = app.config.filesDir;

  r.get('/api/v1/applications', {
    config: { access: 'application.read' },
    schema: {
      tags,
      summary: 'Ansøgninger, som den indloggede må se (sidevis: cursor + limit; nyeste forløbsperiode først, så kommunenavn)',
      querystring: ListApplicationsQuery,
      response: { 200: ListApplicationsResponse },
    },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => listApplications(tx, actor, request.query));
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
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => listApplications(tx, actor, request.query, request.params.id));
    },
  });

  r.post('/api/v1/rounds/:id/applications', {
    config: { access: 'application.write' },
    schema: { tags, summary: 'Påbegynd kommunens ansøgning', params: RoundIdParams, body: CreateApplicationRequest, response: { 201: Application } },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const created = await inActorTx(db, actor, (tx) => createApplication(tx, actor, request.params.id, request.body.content));
      return reply.code(201).send(created);
    },
  });

  r.get('/api/v1/applications/:id', {
    config: { access: 'application.read' },
    schema: { tags, summary: 'En ansøgning', params: ApplicationIdParams, response: { 200: Application } },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => viewApplication(tx, actor, request.params.id));
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
      const actor = requireActor(request);
      const result = await inActorTx(db, actor, (tx) => saveApplication(tx, actor, request.params.id, request.body));
      if (!result.saved) {
        throw new AppError('version_conflict', {
          detail: 'En anden har gemt ansøgningen, mens du skrev. Begge udgaver er gemt – vælg, hvilken der skal gælde.',
        });
      }
      return result.application;
    },
  });

  r.post('/api/v1/applications/:id/submit', {
    config: { access: 'application.write' },
    schema: { tags, summary: 'Indsend ansøgningen (inden fristen)', params: ApplicationIdParams, body: SubmitApplicationRequest, response: { 200: Application } },
    handler: (request) => {
      const actor = requireActor(request);
      return inActorTx(db, actor, (tx) => submitApplication(tx, actor, request.params.id, request.body.version));
    },
  });

  r.delete('/api/v1/applications/:id/conflicts/:conflictId', {
    config: { access: 'application.write' },
    schema: { tags, summary: 'Læg en særskilt udgave væk', params: ApplicationConflictParams },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      await inActorTx(db, actor, (tx) => dismissConflict(tx, actor, request.params.id, request.params.conflictId));
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
      const actor = requireActor(request);
      const pdf = await receivePdf(request);
      return inActorTx(db, actor, (tx) => uploadDirectorCommitment(tx, actor, filesDir, request.params.id, pdf));
    },
  });

  r.get('/api/v1/applications/:id/director-commitment', {
    config: { access: 'application.read' },
    schema: { tags, summary: 'Direktørens underskrevne erklæring (PDF)', params: ApplicationIdParams, response: { 200: Pdf } },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const file = await inActorTx(db, actor, (tx) => downloadDirectorCommitment(tx, actor, request.params.id));
      return sendPdfFile(reply, filesDir, file);
    },
  });

  r.get('/api/v1/applications/:id/receipt.pdf', {
    config: { access: 'application.read' },
    schema: { tags, summary: 'Kvittering for en indsendt ansøgning (PDF)', params: ApplicationIdParams, response: { 200: Pdf } },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const receipt = await inActorTx(db, actor, (tx) => receiptPdf(tx, actor, request.params.id));
      return sendDocument(reply, receipt.bytes, receipt.filename, 'pdf');
    },
  });
}
