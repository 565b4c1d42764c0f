import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ListAuditQuery, ListAuditResponse } from '../../shared/contracts/audit.js';
import { inRequest } from '../http/request-context.js';
import { listAudit } from './list-audit.js';

export function registerAuditRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/audit', {
    config: { access: 'audit.read' },
    schema: {
      tags: ['Revisionslog'],
      summary: 'Revisionsloggen for din kommune (Socialstyrelsen: alle)',
      querystring: ListAuditQuery,
      response: { 200: ListAuditResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listAudit(ctx, request.query));
    },
  });
}
