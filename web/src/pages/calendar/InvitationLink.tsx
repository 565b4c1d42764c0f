import { Icon } from '../../components/Icon.js';
import { useT } from '../../i18n/i18n.js';
import { invitationHref } from './api.js';

/** "Hent som kalenderinvitation (.ics)": the meeting as a file for Outlook, Google or Apple (a screen's link, not printed). */
export function InvitationLink({ meetingId }: { meetingId: string }) {
  const t = useT();
  return (
    <a className="function-link no-print" href={invitationHref(meetingId)} download>
      <Icon name="download" />
      {t.calendar.invitation}
    </a>
  );
}
