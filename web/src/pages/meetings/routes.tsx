import type { RouteObject } from 'react-router';

/** A meeting's page (agenda, participants, minutes, decisions, trials) and the course's trials (issue 4). */
export const meetingRoutes: RouteObject[] = [];
