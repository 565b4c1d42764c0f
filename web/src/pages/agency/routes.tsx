import type { RouteObject } from 'react-router';

/** The agency's pages (assessment, scores, selection, outbox), mounted by app/routes.tsx. */
export const agencyRoutes: RouteObject[] = [];
