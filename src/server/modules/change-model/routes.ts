import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangeModel,
  ChangeModelComparison,
  ChangeModelParams,
  ChangeModelVersion,
  ChangeModelVersionParams,
  CompareChangeModelQuery,
  DiagramQuery,
  IndicatorParams,
  Measurement,
  MeasurementParams,
  RecordMeasurementRequest,
  SaveChangeModelRequest,
} from '../../../shared/contracts/change-model.js';
import { ConflictIdParams } from '../../../shared/contracts/edit-conflicts.js';
import { AppError } from '../../core/errors.js';
import { inRequest } from '../../http/request-context.js';
import { sendXlsx } from '../../http/spreadsheet.js';
import { exportIndicators } from './export-indicators.js';
import { compareVersions } from './compare-versions.js';
import { deleteMeasurement } from './delete-measurement.js';
import { dismissConflict } from './dismiss-conflict.js';
import { readChangeModel, readVersion } from './read-change-model.js';
import { recordMeasurement } from './record-measurement.js';
import { renderDiagram } from './render-diagram.js';
import { saveChangeModel } from './save-change-model.js';

const tags = ['Forandringsmodel'];
const Svg = z.string().describe('image/svg+xml');

/** The course's change model, versions, diagram and indicator measurements (issue 4). */
export function registerChangeModelRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/v1/courses/:id/change-model';

  r.get(base, {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Forløbets forandringsmodel: gældende version, versioner, indikatorernes fremdrift og særskilte udgaver',
      params: ChangeModelParams,
      response: { 200: ChangeModel },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readChangeModel(ctx, request.params.id));
    },
  });

  r.put(base, {
    config: { access: 'change_model.write' },
    schema: {
      tags,
      summary:
        'Gem forandringsmodellen som en ny version (en samtidig ændring gemmes som særskilt udgave og giver 409)',
      params: ChangeModelParams,
      body: SaveChangeModelRequest,
      response: { 200: ChangeModel },
    },
    handler: async (request) => {
      const result = await inRequest(request, (ctx) => saveChangeModel(ctx, request.params.id, request.body));
      if (!result.saved) {
        throw new AppError('version_conflict', {
          detail: `En anden har gemt forandringsmodellen (version ${result.conflict.version}), mens du redigerede. Begge udgaver er gemt – vælg, hvilken der skal gælde.`,
          conflict: result.conflict,
        });
      }
      return result.model;
    },
  });

  r.get(`${base}/versions/:version`, {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'En gemt version af forandringsmodellen',
      params: ChangeModelVersionParams,
      response: { 200: ChangeModelVersion },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readVersion(ctx, request.params.id, request.params.version));
    },
  });

  r.get(`${base}/compare`, {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Forskellen mellem to versioner: tekster, punkter pr. afsnit og indikatorer',
      params: ChangeModelParams,
      querystring: CompareChangeModelQuery,
      response: { 200: ChangeModelComparison },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => compareVersions(ctx, request.params.id, request.query.from, request.query.to));
    },
  });

  r.get(`${base}/indicators.xlsx`, {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Forandringsmodellens indikatorer med målinger (Excel)',
      params: ChangeModelParams,
      response: { 200: z.any().describe('Excel (XLSX)') },
    },
    handler: async (request, reply) => {
      const { sheets, filename } = await inRequest(request, (ctx) => exportIndicators(ctx, request.params.id));
      return sendXlsx(reply, sheets, filename);
    },
  });

  r.get(`${base}/diagram.svg`, {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Forandringsmodellen tegnet som SVG til udskrift (gældende version, eller ?version=)',
      params: ChangeModelParams,
      querystring: DiagramQuery,
      response: { 200: Svg },
    },
    handler: async (request, reply) => {
      const svg = await inRequest(request, (ctx) => renderDiagram(ctx, request.params.id, request.query.version));
      return reply
        .header('content-type', 'image/svg+xml; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(svg);
    },
  });

  r.delete(`${base}/conflicts/:conflictId`, {
    config: { access: 'change_model.write' },
    schema: { tags, summary: 'Læg en særskilt udgave af forandringsmodellen væk', params: ConflictIdParams },
    handler: async (request, reply) => {
      await inRequest(request, (ctx) => dismissConflict(ctx, request.params.id, request.params.conflictId));
      return reply.code(204).send();
    },
  });

  r.post('/api/v1/courses/:id/indicators/:key/measurements', {
    config: { access: 'indicator.measure' },
    schema: {
      tags,
      summary: 'Registrér en måling af en indikator i den gældende forandringsmodel',
      params: IndicatorParams,
      body: RecordMeasurementRequest,
      response: { 201: Measurement },
    },
    handler: async (request, reply) => {
      const { id, key } = request.params;
      const created = await inRequest(request, (ctx) => recordMeasurement(ctx, id, key, request.body));
      return reply.code(201).send(created);
    },
  });

  r.delete('/api/v1/courses/:id/indicators/:key/measurements/:measurementId', {
    config: { access: 'indicator.measure' },
    schema: {
      tags,
      summary: 'Slet en måling (den, der registrerede den, eller forandringsmodellens redaktører)',
      params: MeasurementParams,
    },
    handler: async (request, reply) => {
      const { id, key, measurementId } = request.params;
      await inRequest(request, (ctx) => deleteMeasurement(ctx, id, key, measurementId));
      return reply.code(204).send();
    },
  });
}
