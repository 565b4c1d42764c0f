import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AssignConsultantRequest,
  Course,
  CourseIdParams,
  ListCoursesQuery,
  ListCoursesResponse,
  UpdateCoursePlanRequest,
} from '../../../shared/contracts/courses.js';
import { inRequest } from '../../http/request-context.js';
import { assignConsultant } from './assign-consultant.js';
import { listCourses, readCourse } from './read-courses.js';
import { updatePlan } from './update-plan.js';

const tags = ['Forløb'];

export function registerCourseRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/courses', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary:
        'Forløb (konsulenten sine egne, kommunen sit eget; sidevis: cursor + limit; igangværende først, så kommende – snarest først – og til sidst afsluttede)',
      querystring: ListCoursesQuery,
      response: { 200: ListCoursesResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listCourses(ctx, request.query));
    },
  });

  r.get('/api/v1/courses/:id', {
    config: { access: 'course.read' },
    schema: { tags, summary: 'Et forløb med plan og møder', params: CourseIdParams, response: { 200: Course } },
    handler: (request) => {
      return inRequest(request, (ctx) => readCourse(ctx, request.params.id));
    },
  });

  r.put('/api/v1/courses/:id/plan', {
    config: { access: 'course.plan' },
    schema: {
      tags,
      summary: 'Tilpas forløbets plan (antal møder, arbejdsgrupper, ekstra møder)',
      params: CourseIdParams,
      body: UpdateCoursePlanRequest,
      response: { 200: Course },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => updatePlan(ctx, request.params.id, request.body));
    },
  });

  r.put('/api/v1/courses/:id/consultant', {
    config: { access: 'course.assign' },
    schema: {
      tags,
      summary: 'Sæt forløbets praksiskonsulent',
      params: CourseIdParams,
      body: AssignConsultantRequest,
      response: { 200: Course },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => assignConsultant(ctx, request.params.id, request.body));
    },
  });
}
