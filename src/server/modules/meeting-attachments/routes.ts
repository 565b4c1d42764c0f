import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttachmentIdParams,
  ListMeetingAttachmentsResponse,
  MeetingAttachment,
} from '../../../shared/contracts/meeting-attachments.js';
import { MeetingIdParams } from '../../../shared/contracts/meetings.js';
import { inRequest } from '../../http/request-context.js';
import { receiveAttachment, removeStoredBytes, sendStoredFile, storeAttachment } from '../files/index.js';
import { deleteMeetingAttachment } from './delete-attachment.js';
import { downloadAttachment } from './download-attachment.js';
import { listMeetingAttachments } from './list-attachments.js';
import { assertMayAttach, attachToMeeting } from './upload-attachment.js';

const tags = ['Møder'];
const AnyFile = z.any().describe('Filen, som den blev vedhæftet (PDF, Word, PowerPoint, Excel, PNG eller JPEG)');

/** Attachments of a meeting: slides, handouts, notes (issue 11, point 8; ADR 30). */
export function registerMeetingAttachmentRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const filesDir = app.config.filesDir;
  const limits = app.config.attachments;

  r.get('/api/v1/meetings/:id/attachments', {
    config: { access: 'meeting.read' },
    schema: {
      tags,
      summary: 'Mødets bilag (titel, filtype, størrelse, hvem og hvornår) og grænserne for nye',
      params: MeetingIdParams,
      response: { 200: ListMeetingAttachmentsResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => listMeetingAttachments(ctx, request.params.id, limits));
    },
  });

  r.post('/api/v1/meetings/:id/attachments', {
    config: { access: 'meeting.write' },
    schema: {
      tags,
      summary:
        'Vedhæft et bilag (multipart: feltet "file" og evt. "title"). Filtypen afgøres af indholdet: PDF, .docx, .pptx, .xlsx, PNG eller JPEG; makroer, adgangskoder og aktivt indhold afvises',
      consumes: ['multipart/form-data'],
      params: MeetingIdParams,
      response: { 201: MeetingAttachment },
    },
    handler: async (request, reply) => {
      const meetingId = request.params.id;
      // Who may attach, and is there room – before the body is read and checked.
      await inRequest(request, (ctx) => assertMayAttach(ctx, meetingId, limits.maxPerMeeting));
      const received = await receiveAttachment(request, limits.maxBytes);
      const stored = await storeAttachment(filesDir, received, request.now);
      try {
        const created = await inRequest(request, (ctx) =>
          attachToMeeting(ctx, meetingId, received, stored, limits.maxPerMeeting),
        );
        return reply.code(201).send(created);
      } catch (err) {
        // Nothing was recorded: the bytes go too, so a refused upload leaves nothing behind.
        await removeStoredBytes(filesDir, stored.storageKey);
        throw err;
      }
    },
  });

  r.get('/api/v1/attachments/:id', {
    config: { access: 'meeting.read' },
    schema: {
      tags,
      summary: 'Hent et bilag (altid som download, aldrig vist i browseren)',
      params: AttachmentIdParams,
      response: { 200: AnyFile },
    },
    handler: async (request, reply) => {
      const file = await inRequest(request, (ctx) => downloadAttachment(ctx, request.params.id));
      return sendStoredFile(reply, filesDir, file);
    },
  });

  r.delete('/api/v1/attachments/:id', {
    config: { access: 'meeting.write' },
    schema: {
      tags,
      summary: 'Slet et bilag (den, der vedhæftede det, eller den, der holder mødet)',
      params: AttachmentIdParams,
    },
    handler: async (request, reply) => {
      const { storageKey } = await inRequest(request, (ctx) => deleteMeetingAttachment(ctx, request.params.id));
      // The rows are gone and committed; now the bytes.
      await removeStoredBytes(filesDir, storageKey);
      return reply.code(204).send();
    },
  });
}
