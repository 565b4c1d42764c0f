import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AssignmentParams,
  AssignRoleRequest,
  CreateUserRequest,
  ListUsersQuery,
  ListUsersResponse,
  UpdateUserRequest,
  User,
  UserIdParams,
} from '../../../shared/contracts/users.js';
import { inRequest } from '../../http/request-context.js';
import { hashPassword, linkSettingsOf, newToken } from '../auth/index.js';
import { auditRefusal } from './audit-refusal.js';
import {
  assignRole,
  createUser,
  listUsers,
  readUser,
  revokeRole,
  sendUserPasswordLink,
  updateUser,
} from './manage-users.js';

const tags = ['Brugere og roller'];

export function registerUserRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Refused attempts are audited (docs/adr/0011); Fastify runs a route's onError hook also for the auth hook's refusals.
  const onError = auditRefusal(app);
  const deliverMail = () => {
    void app.mailer.deliver().catch((err: unknown) => app.log.error({ err }, 'mail delivery failed'));
  };

  r.get('/api/v1/users', {
    config: { access: 'user.manage' },
    onError,
    schema: {
      tags,
      summary: 'Brugere i dit ansvarsområde',
      querystring: ListUsersQuery,
      response: { 200: ListUsersResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listUsers(ctx, request.query));
    },
  });

  r.post('/api/v1/users', {
    config: { access: 'user.manage' },
    onError,
    schema: {
      tags,
      summary: 'Opret en bruger med en første rolle; brugeren får en invitation med et link til at vælge adgangskode',
      body: CreateUserRequest,
      response: { 201: User },
    },
    handler: async (request, reply) => {
      // A password nobody knows until the invited user chooses one (a hash, so a login takes as long as any).
      const passwordHash = await hashPassword(newToken());
      const invite = linkSettingsOf(app);
      const user = await inRequest(request, (ctx) => createUser(ctx, request.body, { passwordHash, invite }));
      deliverMail();
      return reply.code(201).send(user);
    },
  });

  r.get('/api/v1/users/:id', {
    config: { access: 'user.manage' },
    onError,
    schema: { tags, summary: 'En bruger med roller', params: UserIdParams, response: { 200: User } },
    handler: (request) => {
      return inRequest(request, (ctx) => readUser(ctx, request.params.id));
    },
  });

  r.patch('/api/v1/users/:id', {
    config: { access: 'user.manage' },
    onError,
    schema: {
      tags,
      summary: 'Ret navn eller aktiv/inaktiv',
      params: UserIdParams,
      body: UpdateUserRequest,
      response: { 200: User },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => updateUser(ctx, request.params.id, request.body));
    },
  });

  r.post('/api/v1/users/:id/password-link', {
    config: { access: 'user.manage' },
    onError,
    schema: {
      tags,
      summary: 'Send brugeren et nyt engangslink til at vælge adgangskode (invitation eller nulstilling)',
      params: UserIdParams,
      response: { 200: User },
    },
    handler: async (request) => {
      const user = await inRequest(request, (ctx) => sendUserPasswordLink(ctx, request.params.id, linkSettingsOf(app)));
      deliverMail();
      return user;
    },
  });

  r.post('/api/v1/users/:id/assignments', {
    config: { access: 'user.manage' },
    onError,
    schema: {
      tags,
      summary: 'Tildel en rolle',
      params: UserIdParams,
      body: AssignRoleRequest,
      response: { 200: User },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => assignRole(ctx, request.params.id, request.body));
    },
  });

  r.delete('/api/v1/users/:id/assignments/:assignmentId', {
    config: { access: 'user.manage' },
    onError,
    schema: { tags, summary: 'Fjern en rolle', params: AssignmentParams, response: { 200: User } },
    handler: (request) => {
      return inRequest(request, (ctx) => revokeRole(ctx, request.params.id, request.params.assignmentId));
    },
  });
}
