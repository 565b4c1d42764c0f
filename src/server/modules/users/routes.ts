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
import { hashAllowedPassword } from '../auth/index.js';
import { auditRefusal } from './audit-refusal.js';
import { assignRole, createUser, listUsers, readUser, revokeRole, updateUser } from './manage-users.js';

const tags = ['Brugere og roller'];

export function registerUserRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Refused attempts are audited (docs/adr/0011); Fastify runs a route's onError hook also for the auth hook's refusals.
  const onError = auditRefusal(app);

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
    schema: { tags, summary: 'Opret en bruger med en første rolle', body: CreateUserRequest, response: { 201: User } },
    handler: async (request, reply) => {
      const passwordHash = await hashAllowedPassword(request.body.password, request.body);
      const user = await inRequest(request, (ctx) => createUser(ctx, request.body, passwordHash));
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
      summary: 'Ret navn, adgangskode eller aktiv/inaktiv',
      params: UserIdParams,
      body: UpdateUserRequest,
      response: { 200: User },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => updateUser(ctx, request.params.id, request.body));
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
