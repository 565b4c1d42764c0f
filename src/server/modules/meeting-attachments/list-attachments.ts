import type { ListMeetingAttachmentsResponse } from '../../../shared/contracts/meeting-attachments.js';
import { loadVisibleMeeting } from '../meetings/index.js';
import { presentAttachment } from './presenter.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';

export interface AttachmentLimits {
  maxBytes: number;
  maxPerMeeting: number;
}

/**
 * The attachments of a meeting the actor reads (a guest too): titles, kinds,
 * sizes, who attached them and when. Not audited: it shows no content – the
 * content is read by downloading, which is.
 */
export async function listMeetingAttachments(
  ctx: Context,
  meetingId: string,
  limits: AttachmentLimits,
): Promise<ListMeetingAttachmentsResponse> {
  const { course } = await loadVisibleMeeting(ctx, meetingId);
  const runs = ctx.access.may('meeting.run', course);
  const rows = await repo.listAttachments(ctx.tx, meetingId);
  return {
    attachments: rows.map((row) => presentAttachment(row, mayDelete(ctx, runs, row.uploadedBy))),
    mayUpload: runs,
    limits: { maxBytes: limits.maxBytes, maxCount: limits.maxPerMeeting },
  };
}

/** Deleting an attachment: whoever runs the meeting, or the one who attached it. */
export function mayDelete(ctx: Context, runsMeeting: boolean, uploadedBy: string): boolean {
  return runsMeeting || uploadedBy === ctx.actor.userId;
}
