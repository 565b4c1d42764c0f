import { z } from 'zod';
import { Uuid } from './common.js';
import { SingleLineText } from './text.js';

/**
 * Files attached to a meeting: slides, handouts, notes (issue 11, point 8;
 * ADR 30). The kind is what the server found in the file's content, never
 * what its name or the browser said.
 */
export const ATTACHMENT_KINDS = ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpeg'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The extension a file of each kind is stored and sent under. */
export const ATTACHMENT_EXTENSIONS: Record<AttachmentKind, string> = {
  pdf: 'pdf',
  docx: 'docx',
  pptx: 'pptx',
  xlsx: 'xlsx',
  png: 'png',
  jpeg: 'jpg',
};

/** The title field of an upload (multipart field `title`): optional, one line; the file's name when empty. */
export const ATTACHMENT_TITLE_MAX = 200;
export const AttachmentTitle = SingleLineText(
  ATTACHMENT_TITLE_MAX,
  `Titlen må højst være ${ATTACHMENT_TITLE_MAX} tegn`,
);

export const AttachmentIdParams = z.strictObject({ id: Uuid });

export const MeetingAttachment = z.object({
  id: z.string(),
  title: z.string(),
  filename: z.string(),
  kind: z.enum(ATTACHMENT_KINDS),
  size: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
  /** The uploader, or someone who runs the meeting. */
  mayDelete: z.boolean(),
});
export type MeetingAttachment = z.infer<typeof MeetingAttachment>;

export const ListMeetingAttachmentsResponse = z.object({
  attachments: z.array(MeetingAttachment),
  /** Whether the reader may attach files (runs the meeting). */
  mayUpload: z.boolean(),
  /** The server's limits, so the form states them and refuses an oversized file before sending it. */
  limits: z.object({ maxBytes: z.number().int(), maxCount: z.number().int() }),
});
export type ListMeetingAttachmentsResponse = z.infer<typeof ListMeetingAttachmentsResponse>;
