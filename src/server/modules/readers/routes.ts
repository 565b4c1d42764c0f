import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ListReadersQuery, ListReadersResponse } from '../../../shared/contracts/access.js';
import { inRequest } from '../../http/request-context.js';
import { listReaders } from './list-readers.js';

/** "Hvem kan se dette?" – who reads a record and why (issue 10, ADR 21). */
export function registerReadersRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/access/readers', {
    config: { access: 'readers.read' },
    schema: {
      tags: ['Adgang'],
      summary:
        'Hvem kan se dette? Personerne der kan læse et forløb, møde, ansøgning, egenanalyse eller forandringsmodel, og hvorfor',
      querystring: ListReadersQuery,
      response: { 200: ListReadersResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listReaders(ctx, request.query));
    },
  });
}
