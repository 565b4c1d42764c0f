import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  EndedSessionsResponse,
  OwnSessionParams,
  OwnSessionsResponse,
  PasswordLinkRequest,
  PasswordLinkResponse,
  PasswordResetRequest,
  SetPasswordRequest,
  SetPasswordResponse,
} from '../../../shared/contracts/auth.js';
import { OkResponse } from '../../../shared/contracts/common.js';
import { AppError } from '../../core/errors.js';
import { inRequest } from '../../http/request-context.js';
import { endOtherOwnSessions, endOwnSession, listOwnSessions } from './own-sessions.js';
import type { LinkSettings } from './password-links.js';
import { requestPasswordReset } from './request-password-reset.js';
import { checkPasswordLink, setPasswordByLink } from './set-password-by-link.js';

const tags = ['Log ind og session'];

/** The settings of one-time links, from the configuration. */
export function linkSettingsOf(app: FastifyInstance): LinkSettings {
  return { publicUrl: app.config.publicUrl, ...app.config.passwordLinks };
}

/**
 * "Glemt adgangskode", setting a password through a one-time link, and the
 * person's own sessions (docs/adr/0028-invitations-and-reset.md). The link's
 * token only ever travels in a JSON body, never in an address, so no request
 * log sees it.
 */
export function registerAccountRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deliverMail = () => {
    void app.mailer.deliver().catch((err: unknown) => app.log.error({ err }, 'mail delivery failed'));
  };

  r.post('/api/v1/auth/password-reset', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Glemt adgangskode: send et engangslink, hvis adressen hører til en aktiv bruger (svaret er det samme)',
      body: PasswordResetRequest,
      response: { 200: OkResponse },
    },
    handler: async (request) => {
      const outcome = await requestPasswordReset(
        app.database.db,
        { email: request.body.email, ip: request.ip },
        request.now,
        linkSettingsOf(app),
      );
      if (!outcome.ok) {
        throw new AppError('login_throttled', { headers: { 'retry-after': String(outcome.retryAfterSeconds) } });
      }
      deliverMail();
      return { ok: true as const };
    },
  });

  r.post('/api/v1/auth/password-link', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Hvem et engangslink til en adgangskode gælder, og til hvornår (bruger det ikke op)',
      body: PasswordLinkRequest,
      response: { 200: PasswordLinkResponse },
    },
    handler: (request) => checkPasswordLink(app.database.db, request.body.token, request.ip, request.now),
  });

  r.post('/api/v1/auth/password', {
    config: { access: 'public' },
    schema: {
      tags,
      summary: 'Vælg adgangskode med et engangslink; brugerens sessioner afsluttes, og der logges ind på ny',
      body: SetPasswordRequest,
      response: { 200: SetPasswordResponse },
    },
    handler: (request) => setPasswordByLink(app.database.db, request.body, request.ip, request.now),
  });

  r.get('/api/v1/session/sessions', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Dine åbne sessioner', response: { 200: OwnSessionsResponse } },
    handler: async (request) => {
      const current = request.session?.tokenHash ?? '';
      const idle = app.config.session.idleMinutes;
      return { items: await inRequest(request, (ctx) => listOwnSessions(ctx, current, idle)) };
    },
  });

  r.delete('/api/v1/session/sessions/:id', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Afslut en anden af dine sessioner',
      params: OwnSessionParams,
      response: { 200: OkResponse },
    },
    handler: async (request) => {
      const current = request.session?.tokenHash ?? '';
      await inRequest(request, (ctx) => endOwnSession(ctx, current, request.params.id));
      return { ok: true as const };
    },
  });

  r.delete('/api/v1/session/sessions', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Afslut alle dine andre sessioner', response: { 200: EndedSessionsResponse } },
    handler: async (request) => {
      const current = request.session?.tokenHash ?? '';
      return { ended: await inRequest(request, (ctx) => endOtherOwnSessions(ctx, current)) };
    },
  });
}
