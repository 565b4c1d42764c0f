import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Child,
  ChildIdParams,
  CreateChildRequest,
  ExportChildrenQuery,
  ListChildrenQuery,
  ListChildrenResponse,
  UpdateChildRequest,
} from '../../../shared/contracts/children.js';
import { inRequest } from '../../http/request-context.js';
import { createChild } from './create-child.js';
import { removeChild } from './delete-child.js';
import { exportChildren } from './export-children.js';
import { listChildren } from './list-children.js';
import { readChild } from './read-child.js';
import { editChild } from './update-child.js';

const tags = ['Børn'];

export function registerChildrenRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/children', {
    config: { access: 'child.read' },
    schema: {
      tags,
      summary: 'Søg blandt de børn, du har adgang til',
      querystring: ListChildrenQuery,
      response: { 200: ListChildrenResponse },
    },
    handler: (request) => inRequest(request, (ctx) => listChildren(ctx, request.query)),
  });

  r.get('/api/v1/children/export.csv', {
    config: { access: 'child.export' },
    schema: {
      tags,
      summary: 'Eksportér et dagtilbuds børneliste som CSV',
      querystring: ExportChildrenQuery,
      produces: ['text/csv'],
      response: { 200: z.string().describe('CSV (semikolon, UTF-8 med BOM)') },
    },
    handler: async (request, reply) => {
      const { csv, fileName } = await inRequest(request, (ctx) => exportChildren(ctx, request.query.institutionId));
      void reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'no-store');
      return csv;
    },
  });

  r.get('/api/v1/children/:id', {
    config: { access: 'child.read' },
    schema: { tags, summary: 'Et barn', params: ChildIdParams, response: { 200: Child } },
    handler: (request) => {
      return inRequest(request, (ctx) => readChild(ctx, request.params.id));
    },
  });

  r.post('/api/v1/children', {
    config: { access: 'child.write' },
    schema: { tags, summary: 'Opret et barn', body: CreateChildRequest, response: { 201: Child } },
    handler: async (request, reply) => {
      const child = await inRequest(request, (ctx) => createChild(ctx, request.body));
      return reply.code(201).send(child);
    },
  });

  r.patch('/api/v1/children/:id', {
    config: { access: 'child.write' },
    schema: {
      tags,
      summary: 'Ret et barn (med versionsnummer)',
      params: ChildIdParams,
      body: UpdateChildRequest,
      response: { 200: Child },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => editChild(ctx, request.params.id, request.body));
    },
  });

  r.delete('/api/v1/children/:id', {
    config: { access: 'child.write' },
    schema: { tags, summary: 'Slet et barn', params: ChildIdParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await inRequest(request, (ctx) => removeChild(ctx, request.params.id));
      return reply.code(204).send(null);
    },
  });
}
