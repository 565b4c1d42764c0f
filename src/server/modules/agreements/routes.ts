import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Agreement,
  AgreementPreview,
  PreviewAgreementRequest,
  SendAgreementRequest,
} from '../../../shared/contracts/agreements.js';
import { ApplicationIdParams } from '../../../shared/contracts/applications.js';
import { inRequest } from '../../http/request-context.js';
import { receivePdf, sendDocument, sendPdfFile } from '../files/index.js';
import { previewAgreement } from './preview-agreement.js';
import { agreementFile, sendAgreement, signAgreement, signedAgreementFile, viewAgreement } from './manage-agreement.js';

const tags = ['Samarbejdsaftaler'];
const File = z.any().describe('Word (DOCX) eller PDF');

export function registerAgreementRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const filesDir = app.config.filesDir;

  r.post('/api/v1/applications/:id/agreement', {
    config: { access: 'selection.manage' },
    schema: {
      tags,
      summary: 'Send samarbejdsaftalen (dannes ud fra ansøgningen)',
      params: ApplicationIdParams,
      body: SendAgreementRequest,
      response: { 201: Agreement },
    },
    handler: async (request, reply) => {
      const sent = await inRequest(request, (ctx) =>
        sendAgreement(ctx, request.params.id, request.body.terms, request.body.confirmed),
      );
      return reply.code(201).send(sent);
    },
  });

  r.post('/api/v1/applications/:id/agreement/preview', {
    config: { access: 'selection.manage' },
    schema: {
      tags,
      summary: 'Se samarbejdsaftalen, som den vil blive sendt (gemmer intet)',
      params: ApplicationIdParams,
      body: PreviewAgreementRequest,
      response: { 200: AgreementPreview },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => previewAgreement(ctx, request.params.id, request.body.terms));
    },
  });

  r.get('/api/v1/applications/:id/agreement', {
    config: { access: 'application.read' },
    schema: { tags, summary: 'Samarbejdsaftalen', params: ApplicationIdParams, response: { 200: Agreement } },
    handler: (request) => {
      return inRequest(request, (ctx) => viewAgreement(ctx, request.params.id));
    },
  });

  for (const format of ['docx', 'pdf'] as const) {
    r.get(`/api/v1/applications/:id/agreement.${format}`, {
      config: { access: 'application.read' },
      schema: {
        tags,
        summary: `Samarbejdsaftalen (${format.toUpperCase()})`,
        params: ApplicationIdParams,
        response: { 200: File },
      },
      handler: async (request, reply) => {
        const doc = await inRequest(request, (ctx) => agreementFile(ctx, request.params.id, format));
        return sendDocument(reply, doc.bytes, doc.filename, format);
      },
    });
  }

  r.put('/api/v1/applications/:id/agreement/signed', {
    config: { access: 'agreement.sign' },
    schema: {
      tags,
      summary: 'Upload den underskrevne samarbejdsaftale (PDF, højst 10 MB, feltet "file")',
      consumes: ['multipart/form-data'],
      params: ApplicationIdParams,
      response: { 200: Agreement },
    },
    handler: async (request) => {
      const pdf = await receivePdf(request);
      return inRequest(request, (ctx) => signAgreement(ctx, filesDir, request.params.id, pdf));
    },
  });

  r.get('/api/v1/applications/:id/agreement/signed.pdf', {
    config: { access: 'application.read' },
    schema: {
      tags,
      summary: 'Den underskrevne samarbejdsaftale (PDF)',
      params: ApplicationIdParams,
      response: { 200: File },
    },
    handler: async (request, reply) => {
      const file = await inRequest(request, (ctx) => signedAgreementFile(ctx, request.params.id));
      return sendPdfFile(reply, filesDir, file);
    },
  });
}
