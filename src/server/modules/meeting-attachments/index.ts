// Public entry of the meeting-attachments module: files attached to a meeting (issue 11, point 8; ADR 30).

/** The attachments' routes: list, upload, download, delete. */
export { registerMeetingAttachmentRoutes } from './routes.js';
