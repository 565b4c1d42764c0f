import type { RouteObject } from 'react-router';

/** The course pages, mounted by app/routes.tsx. */
export const courseRoutes: RouteObject[] = [];
