import { formatDate, formatTimeOfDay } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { InvitationLink } from '../calendar/InvitationLink.js';
import type { Meeting } from './api.js';

const STATUS_BADGE: Record<Meeting['status'], string> = {
  planned: 'badge',
  held: 'badge badge-success',
  cancelled: 'badge badge-warning',
};

export function meetingWhen(
  t: ReturnType<typeof useT>,
  m: { date: string | null; start: string | null; end: string | null },
): string {
  if (!m.date) return t.common.undated;
  const date = formatDate(t, m.date);
  return m.start && m.end ? t.meetings.timeRange(date, formatTimeOfDay(t, m.start), formatTimeOfDay(t, m.end)) : date;
}

/**
 * What, when, where; for a theme day the round's other municipalities (their
 * names only); once the meeting has a date, its calendar invitation.
 */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  return (
    <section aria-labelledby="meeting-facts-heading">
      <h2 id="meeting-facts-heading" className="sr-only">
        {m.factsHeading}
      </h2>
      <dl className="facts">
        <dt>{m.kind}</dt>
        <dd>{t.courses.kinds[meeting.kind]}</dd>
        {meeting.group ? (
          <>
            <dt>{m.group}</dt>
            <dd>{meeting.group.name}</dd>
          </>
        ) : null}
        <dt>{m.when}</dt>
        <dd>{meetingWhen(t, meeting)}</dd>
        <dt>{m.location}</dt>
        <dd>{meeting.location || <span className="text-muted">{m.noLocation}</span>}</dd>
        {meeting.date === null && meeting.status === 'planned' ? null : (
          <>
            <dt>{m.status}</dt>
            <dd>
              <span className={STATUS_BADGE[meeting.status]}>{t.courses.statuses[meeting.status]}</span>
            </dd>
          </>
        )}
        {meeting.otherMunicipalities ? (
          <>
            <dt>{m.otherMunicipalities}</dt>
            <dd>
              {meeting.otherMunicipalities.length > 0
                ? meeting.otherMunicipalities.join(', ')
                : m.noOtherMunicipalities}
            </dd>
          </>
        ) : null}
      </dl>
      {meeting.date ? (
        <p className="mt-4">
          <InvitationLink meetingId={meeting.id} />
        </p>
      ) : null}
    </section>
  );
}
