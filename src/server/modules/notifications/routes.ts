import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  NotificationPreferencesResponse,
  UpdateNotificationPreferencesRequest,
} from '../../../shared/contracts/notifications.js';
import { inRequest } from '../../http/request-context.js';
import { getNotificationPreferences } from './get-notification-preferences.js';
import { updateNotificationPreferences } from './update-notification-preferences.js';

const tags = ['E-mail'];

/** The person's own e-mail choices: every logged-in person, only their own. */
export function registerNotificationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/me/notification-preferences', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Mine valg af e-mailbeskeder: for hver slags med det samme, samlet dagligt eller aldrig',
      response: { 200: NotificationPreferencesResponse },
    },
    handler: (request) => inRequest(request, (ctx) => getNotificationPreferences(ctx)),
  });

  r.put('/api/v1/me/notification-preferences', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Gem mine valg af e-mailbeskeder (afgørelser og samarbejdsaftaler kan ikke fravælges)',
      body: UpdateNotificationPreferencesRequest,
      response: { 200: NotificationPreferencesResponse },
    },
    handler: (request) => inRequest(request, (ctx) => updateNotificationPreferences(ctx, request.body)),
  });
}
