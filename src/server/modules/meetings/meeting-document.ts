import { meetingMinutes, renderDocx, renderPdf } from '../../documents/index.js';
import { viewMeeting } from './read-meeting.js';
import type { Context } from '../../core/context.js';

/**
 * Agenda and minutes as a document to send to the participants (issue 11
 * point 6): made from the meeting exactly as the reader's page shows it (a
 * guest gets the minutes only once approved), and logged like opening the
 * meeting, with the format (`viewMeeting`).
 */
export async function meetingDocument(
  ctx: Context,
  id: string,
  format: 'pdf' | 'docx',
): Promise<{ bytes: Buffer; filename: string }> {
  const meeting = await viewMeeting(ctx, id, format);
  const model = meetingMinutes({
    meetingId: meeting.id,
    title: meeting.title,
    municipalityName: meeting.course.municipalityName,
    roundName: meeting.course.roundName,
    date: meeting.date,
    start: meeting.start,
    end: meeting.end,
    location: meeting.location,
    status: meeting.status,
    agenda: meeting.agenda,
    participants: meeting.participants,
    minutesHtml: meeting.minutes.html,
    minutesApprovedAt: meeting.minutes.approvedAt === null ? null : new Date(meeting.minutes.approvedAt),
    minutesApprovedBy: meeting.minutes.approvedBy,
    decisions: meeting.decisions,
    generatedAt: ctx.now,
  });
  const bytes = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
  const day = meeting.date ?? 'udateret';
  return { bytes, filename: `referat-${meeting.course.municipalityName}-${day}.${format}` };
}
