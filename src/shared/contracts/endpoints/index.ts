import type { Endpoint } from '../endpoint.js';
import { accessEndpoints } from './access.js';
import { authEndpoints } from './auth.js';
import {
  calendarEndpoints,
  changeModelEndpoints,
  courseEndpoints,
  meetingEndpoints,
  scheduleEndpoints,
  selfAnalysisEndpoints,
} from './courses.js';
import { meetingAttachmentEndpoints } from './meeting-attachments.js';
import { auditEndpoints, childEndpoints, organisationEndpoints, userEndpoints } from './organisation.js';
import { agencyEndpoints, applicationEndpoints, roundEndpoints } from './rounds.js';
import { taskEndpoints } from './tasks.js';
import { notificationEndpoints } from './notifications.js';

/**
 * Every endpoint the web client calls, by area. The client imports the area
 * files one by one (so a lazily loaded page brings only its own schemas);
 * this collection is for tests and tools, which check it against the server's
 * routes (test/unit/endpoints.test.ts).
 */
export const ENDPOINTS = {
  auth: authEndpoints,
  organisation: organisationEndpoints,
  children: childEndpoints,
  users: userEndpoints,
  audit: auditEndpoints,
  rounds: roundEndpoints,
  applications: applicationEndpoints,
  agency: agencyEndpoints,
  courses: courseEndpoints,
  schedule: scheduleEndpoints,
  calendar: calendarEndpoints,
  meetings: meetingEndpoints,
  selfAnalysis: selfAnalysisEndpoints,
  changeModel: changeModelEndpoints,
  access: accessEndpoints,
  meetingAttachments: meetingAttachmentEndpoints,
  tasks: taskEndpoints,
  notifications: notificationEndpoints,
} satisfies Record<string, Record<string, Endpoint>>;

/** Every endpoint with a name (`applications.save`), for tests. */
export function listEndpoints(): { name: string; endpoint: Endpoint }[] {
  return Object.entries(ENDPOINTS).flatMap(([area, table]) =>
    Object.entries(table as Record<string, Endpoint>).map(([name, endpoint]) => ({
      name: `${area}.${name}`,
      endpoint,
    })),
  );
}
