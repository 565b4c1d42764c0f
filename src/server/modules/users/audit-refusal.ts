import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { writeAudit } from '../../audit/write-audit.js';
import { inActorTx } from '../../core/transaction.js';
import { AppError, type ErrorCode } from '../../core/errors.js';

/**
 * Refusals that say "you may not", as opposed to bad input or a stale version;
 * and an e-mail already in use, which tells a coordinator that an account
 * exists – perhaps in another municipality – so probing for it is audited.
 */
const REFUSALS: readonly ErrorCode[] = [
  'forbidden',
  'not_found',
  'account_out_of_reach',
  'self_management',
  'email_taken',
];

/**
 * A route-level onError hook for the user-management routes: every refused
 * attempt by a logged-in person – by the auth hook (wrong role) or by the use
 * case (out of reach, self-grant, another municipality's user) – leaves an audit
 * row in the auth chain. The request's own transaction has rolled back, so the
 * row is written in a transaction of its own.
 */
export function auditRefusal(app: FastifyInstance) {
  return async (request: FastifyRequest, _reply: FastifyReply, error: FastifyError): Promise<void> => {
    const actor = request.actor;
    if (!actor || !(error instanceof AppError) || !REFUSALS.includes(error.code)) return;
    const params = request.params as { id?: string } | undefined;
    const body = request.body as { role?: unknown; assignment?: { role?: unknown }; email?: unknown } | undefined;
    const role = body?.role ?? body?.assignment?.role;
    try {
      await inActorTx(app.database.db, actor, (tx) =>
        writeAudit(tx, actor, {
          action: 'user.manage_refused',
          entityType: 'user',
          entityId: params?.id ?? null,
          details: {
            method: request.method,
            route: request.routeOptions.url ?? request.url,
            targetUserId: params?.id ?? null,
            code: error.code,
            ...(typeof role === 'string' ? { role } : {}),
            ...(error.code === 'email_taken' && typeof body?.email === 'string'
              ? { reason: 'email_taken', email: body.email }
              : {}),
          },
        }),
      );
    } catch (err) {
      // The refusal stands either way; a failed audit write is logged, never shown to the caller.
      request.log.error({ err }, 'could not audit a refused user-management request');
    }
  };
}
