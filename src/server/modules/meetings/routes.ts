import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ConflictIdParams } from '../../../shared/contracts/edit-conflicts.js';
import {
  ApproveMinutesRequest,
  ChangeMeetingStatusRequest,
  Meeting,
  MeetingIdParams,
  SaveAgendaRequest,
  SaveMinutesRequest,
  SaveParticipantsRequest,
} from '../../../shared/contracts/meetings.js';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { inRequest } from '../../http/request-context.js';
import { sendDocument } from '../files/index.js';
import { sendXlsx } from '../../http/spreadsheet.js';
import { CourseIdParams } from '../../../shared/contracts/courses.js';
import { exportCourseMeetings } from './export-course-meetings.js';
import { meetingDocument } from './meeting-document.js';
import { approveMinutes } from './approve-minutes.js';
import { changeStatus } from './change-status.js';
import { viewMeeting } from './read-meeting.js';
import { saveAgenda } from './save-agenda.js';
import { dismissMinutesConflict, saveMinutes } from './save-minutes.js';
import { saveParticipants } from './save-participants.js';

const tags = ['Møder'];

/** A meeting: agenda, participants, attendance, hours, minutes, decisions, status (issue 4). */
export function registerMeetingRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/meetings/:id', {
    config: { access: 'meeting.read' },
    schema: {
      tags,
      summary: 'Et møde: dagsorden, deltagere, fremmøde og timer, referat, beslutninger og afprøvninger',
      params: MeetingIdParams,
      response: { 200: Meeting },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => viewMeeting(ctx, request.params.id));
    },
  });

  for (const format of ['pdf', 'docx'] as const) {
    r.get(`/api/v1/meetings/:id/minutes.${format}`, {
      config: { access: 'meeting.read' },
      schema: {
        tags,
        summary: `Dagsorden og referat til deltagerne (${format.toUpperCase()})`,
        params: MeetingIdParams,
        response: { 200: z.any().describe(format === 'pdf' ? 'application/pdf' : 'Word (DOCX)') },
      },
      handler: async (request, reply) => {
        const doc = await inRequest(request, (ctx) => meetingDocument(ctx, request.params.id, format));
        return sendDocument(reply, doc.bytes, doc.filename, format);
      },
    });
  }

  r.get('/api/v1/courses/:id/meetings.xlsx', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Forløbets møder med fremmøde og timer pr. rolle (Excel)',
      params: CourseIdParams,
      response: { 200: z.any().describe('Excel (XLSX)') },
    },
    handler: async (request, reply) => {
      const { sheets, filename } = await inRequest(request, (ctx) => exportCourseMeetings(ctx, request.params.id));
      return sendXlsx(reply, sheets, filename);
    },
  });

  r.put('/api/v1/meetings/:id/agenda', {
    config: { access: 'meeting.write' },
    schema: {
      tags,
      summary: 'Gem dagsorden og sted (med mødets version)',
      params: MeetingIdParams,
      body: SaveAgendaRequest,
      response: { 200: Meeting },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => saveAgenda(ctx, request.params.id, request.body));
    },
  });

  r.put('/api/v1/meetings/:id/participants', {
    config: { access: 'meeting.write' },
    schema: {
      tags,
      summary: 'Gem deltagerlisten med fremmøde og timer (med mødets version)',
      params: MeetingIdParams,
      body: SaveParticipantsRequest,
      response: { 200: Meeting },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => saveParticipants(ctx, request.params.id, request.body));
    },
  });

  r.put('/api/v1/meetings/:id/minutes', {
    config: { access: 'meeting.write' },
    schema: {
      tags,
      summary: 'Gem referat og beslutninger (HTML renses; en samtidig ændring gemmes som særskilt udgave og giver 409)',
      params: MeetingIdParams,
      body: SaveMinutesRequest,
      response: { 200: Meeting },
    },
    handler: async (request) => {
      const result = await inRequest(request, (ctx) => saveMinutes(ctx, request.params.id, request.body));
      if (!result.saved) {
        throw new AppError('version_conflict', {
          detail: 'En anden har gemt referatet, mens du skrev. Begge udgaver er gemt – vælg, hvilken der skal gælde.',
          conflict: result.conflict,
        });
      }
      return result.meeting;
    },
  });

  r.delete('/api/v1/meetings/:id/minutes/conflicts/:conflictId', {
    config: { access: 'meeting.write' },
    schema: { tags, summary: 'Læg en særskilt udgave af referatet væk', params: ConflictIdParams },
    handler: async (request, reply) => {
      await inRequest(request, (ctx) => dismissMinutesConflict(ctx, request.params.id, request.params.conflictId));
      return reply.code(204).send();
    },
  });

  r.post('/api/v1/meetings/:id/minutes/approve', {
    config: { access: 'meeting.approve' },
    schema: {
      tags,
      summary: 'Godkend referatet (med referatets version)',
      params: MeetingIdParams,
      body: ApproveMinutesRequest,
      response: { 200: Meeting },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => approveMinutes(ctx, request.params.id, request.body));
    },
  });

  r.put('/api/v1/meetings/:id/status', {
    config: { access: 'meeting.write' },
    schema: {
      tags,
      summary: 'Markér mødet som afholdt, aflyst eller planlagt igen (med mødets version)',
      params: MeetingIdParams,
      body: ChangeMeetingStatusRequest,
      response: { 200: Meeting },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => changeStatus(ctx, request.params.id, request.body));
    },
  });
}
