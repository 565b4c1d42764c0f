// Public entry of the agreements module: what the composition root needs of it.

/** The collaboration agreement's routes (send, signed copy, document). */
export { registerAgreementRoutes } from './routes.js';
