import type { RouteObject } from 'react-router';

/** The application pages (coordinator form, receipt, decision, agreement), mounted by app/routes.tsx. */
export const applicationRoutes: RouteObject[] = [];
