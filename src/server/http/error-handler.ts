import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from '../../shared/contracts/common.js';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from '../core/errors.js';
import { malformedInputOf } from './malformed-input.js';

function send(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, extra: Partial<Problem> = {}) {
  const { status, title } = ERROR_CODES[code];
  const body: Problem = {
    type: `https://indsats.dk/problems/${code.replaceAll('_', '-')}`,
    title,
    status,
    code,
    instance: request.url.split('?')[0],
    ...extra,
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body);
}

function fieldOf(path: string | undefined, fallback: string): string {
  const p = (path ?? '').replace(/^\//, '').replaceAll('/', '.');
  return p || fallback;
}

/** One handler turns every failure into RFC 9457 problem+json without internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      void reply.headers(error.headers);
      return send(reply, request, error.code, {
        ...(error.message !== ERROR_CODES[error.code].title ? { detail: error.message } : {}),
        ...(error.errors ? { errors: error.errors } : {}),
        ...(error.conflict ? { conflict: error.conflict } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: FieldError[] = error.validation.map((v) => {
        const params = v.params as { keys?: string[] };
        const keys = v.keyword === 'unrecognized_keys' ? params.keys : undefined;
        const at = fieldOf(v.instancePath, '');
        return {
          field: keys?.length
            ? keys.map((key) => (at ? `${at}.${key}` : key)).join(', ')
            : fieldOf(v.instancePath, error.validationContext ?? 'body'),
          message: v.message ?? 'Ugyldig værdi',
        };
      });
      return send(reply, request, 'validation_failed', { errors });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send(reply, request, 'internal', { correlationId: request.id });
    }
    const status = error.statusCode ?? 500;
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, request, 'payload_too_large');
    if (status === 415) return send(reply, request, 'unsupported_media_type');
    if (
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error instanceof SyntaxError ||
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
    ) {
      return send(reply, request, 'malformed_json');
    }
    if (status >= 400 && status < 500) return send(reply, request, 'bad_request');
    const malformed = malformedInputOf(error);
    if (malformed) {
      request.log.warn({ err: error, malformed }, 'malformed input reached past the contracts');
      return send(reply, request, 'invalid_value', { correlationId: request.id });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 'internal', { correlationId: request.id });
  });
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, code: ErrorCode) {
  return send(reply, request, code);
}
