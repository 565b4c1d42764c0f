import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ListOutboxQuery, ListOutboxResponse } from '../../../shared/contracts/decisions.js';
import { inRequest } from '../../http/request-context.js';
import { withPublicUrl } from './mailer.js';
import * as repo from './repository.js';

export function registerMailRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/outbox', {
    config: { access: 'outbox.read' },
    schema: {
      tags: ['E-mail'],
      summary: 'Udgående e-mails (udbakken), nyeste først',
      querystring: ListOutboxQuery,
      response: { 200: ListOutboxResponse },
    },
    handler: async (request) => {
      const { page, pageSize } = request.query;
      const { rows, total } = await inRequest(request, (ctx) => repo.listMessages(ctx.tx, page, pageSize));
      return {
        items: rows.map((m) => ({
          id: m.id,
          to: m.toAddress,
          subject: m.subject,
          body: withPublicUrl(m.body, { publicUrl: app.config.publicUrl, organizer: app.config.mail.organizer }),
          createdAt: m.createdAt.toISOString(),
          status: m.status,
          sentAt: m.sentAt?.toISOString() ?? null,
          error: m.error,
        })),
        meta: { page, pageSize, total },
        smtpConfigured: app.mailer.smtpConfigured,
      };
    },
  });
}
