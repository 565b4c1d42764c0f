import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ConsultantAbsence,
  ConsultantAbsenceIdParams,
  CreateConsultantAbsenceRequest,
  ListConsultantAbsencesQuery,
  ListConsultantAbsencesResponse,
} from '../../../shared/contracts/calendar.js';
import { inRequest } from '../../http/request-context.js';
import { addAbsence } from './add-absence.js';
import { listAbsences } from './list-absences.js';
import { removeAbsence } from './remove-absence.js';

const tags = ['Kalender'];

/** A consultant's own absence days, which the scheduler plans around. */
export function registerAbsenceRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/consultant-absences', {
    config: { access: 'consultant.absence' },
    schema: {
      tags,
      summary: 'Mit fravær: kommende og de seneste 90 dages',
      querystring: ListConsultantAbsencesQuery,
      response: { 200: ListConsultantAbsencesResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listAbsences(ctx, request.query));
    },
  });

  r.post('/api/v1/consultant-absences', {
    config: { access: 'consultant.absence' },
    schema: {
      tags,
      summary: 'Registrér dage, hvor jeg ikke kan holde møder',
      body: CreateConsultantAbsenceRequest,
      response: { 201: ConsultantAbsence },
    },
    handler: async (request, reply) => {
      const created = await inRequest(request, (ctx) => addAbsence(ctx, request.body));
      return reply.code(201).send(created);
    },
  });

  r.delete('/api/v1/consultant-absences/:id', {
    config: { access: 'consultant.absence' },
    schema: { tags, summary: 'Slet et af mine fravær', params: ConsultantAbsenceIdParams },
    handler: async (request, reply) => {
      await inRequest(request, (ctx) => removeAbsence(ctx, request.params.id));
      return reply.code(204).send();
    },
  });
}
