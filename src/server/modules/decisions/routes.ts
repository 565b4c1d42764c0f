import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApplicationIdParams } from '../../../shared/contracts/applications.js';
import {
  ApplicationDecision,
  DecideRoundRequest,
  DecisionPreview,
  PreviewLetterParams,
  PublishDecisionRequest,
  RoundSelectionResponse,
} from '../../../shared/contracts/decisions.js';
import { RoundIdParams } from '../../../shared/contracts/rounds.js';
import { inRequest } from '../../http/request-context.js';
import { sendXlsx } from '../../http/spreadsheet.js';
import { sendDocument } from '../files/index.js';
import { decisionLetterFile, readDecision } from './application-decision.js';
import { decideRound } from './decide-round.js';
import { exportRoundSelection } from './export-round-selection.js';
import { liveSelection } from './live-selection.js';
import { previewDecisions, previewLetterFile } from './preview-decisions.js';
import { publishDecisions } from './publish-decisions.js';

const tags = ['Udvælgelse og afgørelser'];
const File = z.any().describe('Word (DOCX) eller PDF');

export function registerDecisionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const letters = app.config.letters;

  r.get('/api/v1/rounds/:id/selection', {
    config: { access: 'selection.manage' },
    schema: {
      tags,
      summary: 'Forslag til balanceret udvælgelse og den gemte afgørelse',
      params: RoundIdParams,
      response: { 200: RoundSelectionResponse },
    },
    handler: async (request) => {
      const {
        decisionRow: _omit,
        scores: _scores,
        ...selection
      } = await inRequest(request, (ctx) => liveSelection(ctx.tx, request.params.id));
      return selection;
    },
  });

  r.get('/api/v1/rounds/:id/selection.xlsx', {
    config: { access: 'selection.manage' },
    schema: {
      tags,
      summary: 'Rundens point og udvælgelse (Excel)',
      params: RoundIdParams,
      response: { 200: z.any().describe('Excel (XLSX)') },
    },
    handler: async (request, reply) => {
      const { sheets, filename } = await inRequest(request, (ctx) => exportRoundSelection(ctx, request.params.id));
      return sendXlsx(reply, sheets, filename);
    },
  });

  r.put('/api/v1/rounds/:id/decision', {
    config: { access: 'selection.manage' },
    schema: {
      tags,
      summary: 'Bekræft eller tilsidesæt forslaget (begrundelse kræves ved afvigelse)',
      params: RoundIdParams,
      body: DecideRoundRequest,
      response: { 200: RoundSelectionResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => decideRound(ctx, request.params.id, request.body));
    },
  });

  r.post('/api/v1/rounds/:id/decision/publish', {
    config: { access: 'selection.manage' },
    schema: {
      tags,
      summary: 'Offentliggør afgørelserne; kommunerne får besked',
      params: RoundIdParams,
      body: PublishDecisionRequest,
      response: { 200: RoundSelectionResponse },
    },
    handler: async (request) => {
      const result = await inRequest(request, (ctx) =>
        publishDecisions(ctx, request.params.id, request.body, app.config.publicUrl, letters),
      );
      // After the commit, without holding the response: send what publication queued
      // (a failure stays in the outbox for the next try).
      void app.mailer.deliver().catch((err: unknown) => request.log.error({ err }, 'mail delivery failed'));
      return result;
    },
  });

  r.get('/api/v1/applications/:id/decision', {
    config: { access: 'application.read' },
    schema: {
      tags,
      summary: 'Afgørelsen på en ansøgning (når den er offentliggjort)',
      params: ApplicationIdParams,
      response: { 200: ApplicationDecision },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readDecision(ctx, request.params.id, letters));
    },
  });

  for (const format of ['docx', 'pdf'] as const) {
    r.get(`/api/v1/applications/:id/decision-letter.${format}`, {
      config: { access: 'application.read' },
      schema: {
        tags,
        summary: `Afgørelsesbrevet (${format.toUpperCase()})`,
        params: ApplicationIdParams,
        response: { 200: File },
      },
      handler: async (request, reply) => {
        const letter = await inRequest(request, (ctx) => decisionLetterFile(ctx, request.params.id, format, letters));
        return sendDocument(reply, letter.bytes, letter.filename, format);
      },
    });
  }

  r.get('/api/v1/rounds/:id/decision/preview', {
    config: { access: 'selection.manage' },
    schema: {
      tags,
      summary: 'Se alle afgørelsesbreve og e-mails, før afgørelserne offentliggøres',
      params: RoundIdParams,
      response: { 200: DecisionPreview },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => previewDecisions(ctx, request.params.id, app.config.publicUrl, letters));
    },
  });

  for (const format of ['docx', 'pdf'] as const) {
    r.get(`/api/v1/rounds/:id/decision/preview/:applicationId/letter.${format}`, {
      config: { access: 'selection.manage' },
      schema: {
        tags,
        summary: `Udkast til ét afgørelsesbrev før offentliggørelsen (${format.toUpperCase()})`,
        params: PreviewLetterParams,
        response: { 200: File },
      },
      handler: async (request, reply) => {
        const { id, applicationId } = request.params;
        const letter = await inRequest(request, (ctx) =>
          previewLetterFile(ctx, id, applicationId, format, app.config.publicUrl, letters),
        );
        return sendDocument(reply, letter.bytes, letter.filename, format);
      },
    });
  }
}
