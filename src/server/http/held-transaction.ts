import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { OpenTx } from '../core/transaction.js';

/**
 * A read's transaction, begun by the auth hook together with the session
 * lookup (ADR 25) and handed to the route's `inRequest`, so the session, BEGIN
 * and the scope cost one round trip. Only reads hold one: they have no body,
 * so nothing waits on the client while a connection is held. It ends once –
 * taken and ended by the route's work, or rolled back when the request ends
 * without taking it (a 400 before the handler, a route that reads nothing, an
 * aborted request) – and then runs `after` (the throttled activity write).
 */
interface Held {
  readonly open: OpenTx;
  readonly after: () => Promise<void>;
}

const held = new WeakMap<FastifyRequest, Held>();

export function holdTransaction(request: FastifyRequest, open: OpenTx, after: () => Promise<void>): void {
  if (held.has(request)) throw new Error('a request holds one transaction');
  held.set(request, { open, after });
}

/** The request's held transaction for its work, once; null when there is none. */
export function takeHeldTransaction(request: FastifyRequest): Held | null {
  const taken = held.get(request);
  if (!taken) return null;
  held.delete(request);
  return taken;
}

async function release(request: FastifyRequest): Promise<void> {
  const taken = takeHeldTransaction(request);
  if (!taken) return;
  await taken.open.rollback();
  await taken.after();
}

/**
 * Ends a held transaction nobody took. onError comes first, so a route's own
 * error hook (the user routes' refusal audit) finds the connection free;
 * onSend before any answer goes out; onRequestAbort and onResponse are the
 * backstops.
 */
export function registerHeldTransactionRelease(app: FastifyInstance): void {
  app.addHook('onError', async (request) => {
    await release(request);
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    await release(request);
    return payload;
  });
  app.addHook('onRequestAbort', async (request) => {
    await release(request);
  });
  app.addHook('onResponse', async (request) => {
    await release(request);
  });
}
