import { endpoint } from '../endpoint.js';
import { ListMeetingAttachmentsResponse, MeetingAttachment } from '../meeting-attachments.js';

/** A meeting's attachments (ADR 30). */
export const meetingAttachmentEndpoints = {
  list: endpoint({ method: 'GET', path: '/meetings/:id/attachments', response: ListMeetingAttachmentsResponse }),
  /** Multipart (fields `title` and `file`), sent with progress by the page's upload.ts. */
  upload: endpoint({ method: 'POST', path: '/meetings/:id/attachments', response: MeetingAttachment }),
  download: endpoint({ method: 'GET', path: '/attachments/:id', file: true }),
  remove: endpoint({ method: 'DELETE', path: '/attachments/:id' }),
};
