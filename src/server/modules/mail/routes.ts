import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Uuid } from '../../../shared/contracts/common.js';
import { ListOutboxQuery, ListOutboxResponse } from '../../../shared/contracts/decisions.js';
import { inRequest } from '../../http/request-context.js';
import { listOutbox } from './list-outbox.js';
import { retryMessage } from './retry-message.js';

export function registerMailRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/outbox', {
    config: { access: 'outbox.read' },
    schema: {
      tags: ['E-mail'],
      summary: 'Udgående e-mails (udbakken), nyeste først, eventuelt kun én status',
      querystring: ListOutboxQuery,
      response: { 200: ListOutboxResponse },
    },
    handler: (request) =>
      inRequest(request, (ctx) =>
        listOutbox(ctx, request.query, {
          publicUrl: app.config.publicUrl,
          organizer: app.config.mail.organizer,
          smtpConfigured: app.mailer.smtpConfigured,
        }),
      ),
  });

  r.post('/api/v1/outbox/:id/retry', {
    config: { access: 'outbox.manage' },
    schema: {
      tags: ['E-mail'],
      summary: 'Send en fejlet e-mail igen (den lægges tilbage i udbakken med nye forsøg)',
      params: z.object({ id: Uuid }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await inRequest(request, (ctx) => retryMessage(ctx, request.params.id));
      return reply.code(204).send(null);
    },
  });
}
