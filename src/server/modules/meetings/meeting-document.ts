import { meetingMinutes, renderDocx, renderPdf } from '../../documents/index.js';
import { writeAudit } from '../../audit/write-audit.js';
import { readMeetingPage } from './present-meeting.js';
import type { Context } from '../../core/context.js';

/**
 * Agenda and minutes as a document to send to the participants (issue 11
 * point 6): made from the meeting exactly as the reader's page shows it (a
 * guest gets the minutes only once approved), and logged like opening the
 * meeting, with the format.
 */
export async function meetingDocument(
  ctx: Context,
  id: string,
  format: 'pdf' | 'docx',
): Promise<{ bytes: Buffer; filename: string }> {
  const { tx, actor, now } = ctx;
  const { visible, meeting } = await readMeetingPage(ctx, id);
  await writeAudit(tx, actor, {
    action: 'meeting.read',
    entityType: 'meeting',
    entityId: meeting.id,
    municipalityCode: visible.course.municipalityCode,
    details: {
      courseId: visible.course.id,
      minutesVersion: meeting.minutes.version,
      trialLogsOf: [],
      format,
      ...(meeting.guest ? { readAs: 'guest' } : {}),
    },
  });
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
    generatedAt: now,
  });
  const bytes = format === 'pdf' ? await renderPdf(model) : await renderDocx(model);
  const day = meeting.date ?? 'udateret';
  return { bytes, filename: `referat-${meeting.course.municipalityName}-${day}.${format}` };
}
