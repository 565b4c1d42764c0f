import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MyTasksResponse } from '../../../shared/contracts/tasks.js';
import { inRequest } from '../../http/request-context.js';
import { readMyTasks } from './read-my-tasks.js';

/** "Mine opgaver" (issue 11 point 1). */
export function registerTaskRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/me/tasks', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['Opgaver'],
      summary:
        'Mine opgaver: hvad den indloggede skal gøre nu i sin aktive rolle, udledt af data (med frister og links)',
      response: { 200: MyTasksResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readMyTasks(ctx));
    },
  });
}
