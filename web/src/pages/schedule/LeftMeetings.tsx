import { Alert } from '../../components/Alert.js';
import { word } from '../../../../src/shared/contracts/messages.js';
import { useT } from '../../i18n/i18n.js';
import type { LeftMeeting } from './api.js';

/** Meetings a proposal cannot date while keeping the rules (a steering meeting whose third is over), and why. */
export function LeftMeetings({ left }: { left: LeftMeeting[] }) {
  const t = useT();
  if (left.length === 0) return null;
  return (
    <Alert variant="warning" heading={t.schedule.leftHeading(left.length)}>
      <ul>
        {left.map((m) => (
          <li key={m.id}>
            <strong>{m.title}</strong>: {word(t.schedule.reasonText, m.reason)}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
