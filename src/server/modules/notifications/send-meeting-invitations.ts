import type { Queryable } from '../../db/client.js';
import { meetingCalendarStates, meetingInvitationMail, type MeetingInvitationMail } from '../calendar/index.js';
import { danishWhen } from './danish-time.js';
import { linkTo, mailBody } from './mail-text.js';
import { notify, type Notification } from './notify.js';
import * as repo from './repository.js';

type Change = 'dated' | 'moved' | 'cancelled';

const SUBJECTS: Record<Change, (m: MeetingInvitationMail, when: string) => string> = {
  dated: (m, when) => `Invitation: ${m.summary}, ${when}`,
  moved: (m, when) => `Mødet er flyttet: ${m.summary}, nu ${when}`,
  cancelled: (m, when) => `Aflyst: ${m.summary}, ${when}`,
};

const OPENINGS: Record<Change, (when: string) => string> = {
  dated: (when) => `Du er inviteret til et møde ${when}.`,
  moved: (when) => `Mødet er flyttet. Det holdes nu ${when}. Invitationen i din kalender er opdateret.`,
  cancelled: (when) => `Mødet ${when} er aflyst. Det er fjernet fra din kalender, når du åbner invitationen.`,
};

/**
 * Handler of 'meeting.calendar_changed': each participant with an account gets
 * a real invitation – a dated meeting METHOD:REQUEST, a moved one REQUEST with
 * a higher SEQUENCE, a cancelled one (or one taken off the calendar after an
 * invitation) METHOD:CANCEL – with the calendar feed's UID. The last invited
 * date and time are kept per meeting, so a change that does not move the
 * meeting sends nothing and a meeting never invited is not cancelled.
 */
export async function sendMeetingInvitations(q: Queryable, meetingIds: readonly string[], at: Date): Promise<void> {
  const ids = [...new Set(meetingIds)];
  const [states, standing] = await Promise.all([meetingCalendarStates(q, ids), repo.invitationsOf(q, ids)]);
  const byMeeting = new Map(standing.map((s) => [s.meetingId, s]));
  const notifications: Notification[] = [];
  for (const state of states) {
    const before = byMeeting.get(state.id);
    const invited = before?.invitedDate ? before : null;
    const off = state.status === 'cancelled' || state.date === null;
    const when = state.date ? `${state.date} ${state.start ?? ''}–${state.end ?? ''}` : null;
    const change: Change | null = off
      ? invited
        ? 'cancelled'
        : null
      : state.status !== 'planned'
        ? null
        : !invited
          ? 'dated'
          : invited.invitedWhen !== when
            ? 'moved'
            : null;
    if (!change) continue;
    // The SEQUENCE rises on every change sent, and never falls below the feed's (the meeting's version).
    const sequence = Math.max((before?.sequence ?? -1) + 1, state.version);
    const mail = await meetingInvitationMail(q, state.id, {
      method: change === 'cancelled' ? 'cancel' : 'request',
      sequence,
      baseUrl: linkTo(''),
      date: invited?.invitedDate ?? null,
    });
    if (!mail) continue;
    await repo.saveInvitation(q, {
      meetingId: state.id,
      sequence,
      invitedDate: change === 'cancelled' ? null : state.date,
      invitedWhen: change === 'cancelled' ? null : when,
      updatedAt: at,
    });
    notifications.push(...invitationMails(mail, change));
  }
  await notify(q, at, notifications);
}

function invitationMails(mail: MeetingInvitationMail, change: Change): Notification[] {
  const when = danishWhen(mail.date, mail.start, mail.end);
  const path = `/forloeb/${mail.courseId}/moeder/${mail.meetingId}`;
  const paragraphs = [
    OPENINGS[change](when),
    `Møde: ${mail.summary}`,
    ...(mail.location ? [`Sted: ${mail.location}`] : []),
    `Arrangør: ${mail.organizer.name} (${mail.organizer.email})`,
    ...(change !== 'cancelled' && mail.agenda
      ? [['Dagsorden:', ...mail.agenda.split('\n').map((l) => `- ${l.trim()}`)].join('\n')]
      : []),
  ];
  const method = change === 'cancelled' ? 'CANCEL' : 'REQUEST';
  return mail.participants.map((p) => ({
    kind: 'meeting',
    userId: p.userId,
    toAddress: p.email,
    subject: SUBJECTS[change](mail, when),
    link: path,
    body: mailBody({ name: p.name, paragraphs, link: { label: 'Se mødet i Indsats', path } }),
    attachments: [
      {
        filename: change === 'cancelled' ? 'aflysning.ics' : 'invitation.ics',
        contentType: `text/calendar; charset=utf-8; method=${method}`,
        content: mail.ics,
        method,
      },
    ],
  }));
}
