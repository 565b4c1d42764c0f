import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CalendarFeedStatus,
  CalendarFeedTokenParams,
  CreateCalendarFeedResponse,
  MeetingIdParams,
} from '../../../shared/contracts/calendar.js';
import { inRequest, inPublicRequest } from '../../http/request-context.js';
import { registerAbsenceRoutes } from './absence-routes.js';
import { createFeed } from './create-feed.js';
import { publicBaseUrl } from './feed-url.js';
import { meetingInvitation } from './meeting-invitation.js';
import { readFeedStatus } from './read-feed-status.js';
import { revokeFeed } from './revoke-feed.js';
import { serveFeed } from './serve-feed.js';
import { attachment } from '../../http/content-disposition.js';

const tags = ['Kalender'];
const ICalendar = z.string().describe('iCalendar (RFC 5545), UTF-8');

const sendCalendar = (reply: FastifyReply) =>
  reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, no-cache');

/** Calendar feeds (secret token URL), .ics invitations and the consultants' absence days (issue 4). */
export function registerCalendarRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/calendar/feed', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Mit kalenderabonnement: aktivt, oprettet, sidst hentet (aldrig adressen)',
      response: { 200: CalendarFeedStatus },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readFeedStatus(ctx));
    },
  });

  r.post('/api/v1/calendar/feed', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary:
        'Opret et nyt hemmeligt abonnementslink (et tidligere holder op med at virke); adressen vises kun denne ene gang',
      response: { 201: CreateCalendarFeedResponse },
    },
    handler: async (request, reply) => {
      const created = await inRequest(request, (ctx) => createFeed(ctx, publicBaseUrl(app.config, request)));
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  });

  r.delete('/api/v1/calendar/feed', {
    config: { access: 'course.read' },
    schema: { tags, summary: 'Spær mit kalenderabonnement (adressen svarer 404 herefter)' },
    handler: async (request, reply) => {
      await inRequest(request, (ctx) => revokeFeed(ctx));
      return reply.code(204).send();
    },
  });

  // The token is the credential: no session, and no request log line carrying the URL.
  // No actor either – the transaction runs as the application role with no child scope (see serve-feed.ts).
  r.get('/api/v1/calendar/feeds/:token', {
    config: { access: 'public' },
    logLevel: 'warn',
    schema: {
      tags,
      summary: 'Et personligt kalenderabonnement (iCalendar); den hemmelige adresse er adgangen',
      security: [],
      params: CalendarFeedTokenParams,
      produces: ['text/calendar'],
      response: { 200: ICalendar },
    },
    handler: async (request, reply) => {
      const ics = await inPublicRequest(request, (ctx) =>
        serveFeed(ctx.tx, request.params.token, publicBaseUrl(app.config, request), ctx.now),
      );
      void sendCalendar(reply).header('x-robots-tag', 'noindex');
      return ics;
    },
  });

  r.get('/api/v1/meetings/:id/invitation.ics', {
    config: { access: 'meeting.read' },
    schema: {
      tags,
      summary: 'Et møde som kalenderinvitation (.ics)',
      params: MeetingIdParams,
      produces: ['text/calendar'],
      response: { 200: ICalendar },
    },
    handler: async (request, reply) => {
      const { ics, fileName } = await inRequest(request, (ctx) =>
        meetingInvitation(ctx, request.params.id, publicBaseUrl(app.config, request)),
      );
      void sendCalendar(reply).header('content-disposition', attachment(fileName));
      return ics;
    },
  });

  registerAbsenceRoutes(app);
}
