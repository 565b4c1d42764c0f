import type { RouteObject } from 'react-router';

/** The course's change model: editor, versions, comparison, diagram, indicators (issue 4). */
export const changeModelRoutes: RouteObject[] = [];
