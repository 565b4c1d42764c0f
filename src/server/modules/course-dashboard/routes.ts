import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CourseDashboard } from '../../../shared/contracts/course-dashboard.js';
import { CourseIdParams } from '../../../shared/contracts/courses.js';
import { inRequest } from '../../http/request-context.js';
import { readDashboard } from './read-dashboard.js';

/** The course dashboard (issue 4 point 8). */
export function registerCourseDashboardRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/courses/:id/dashboard', {
    config: { access: 'course.read' },
    schema: {
      tags: ['Forløb'],
      summary: 'Forløbets overblik: møder i tid, næste møde, åbne afprøvninger, indikatorer og hvad kommunen mangler',
      params: CourseIdParams,
      response: { 200: CourseDashboard },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readDashboard(ctx, request.params.id));
    },
  });
}
