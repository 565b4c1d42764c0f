import type { RouteObject } from 'react-router';

/** The course's self-analysis (issue 4). */
export const selfAnalysisRoutes: RouteObject[] = [];
