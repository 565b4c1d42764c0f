import { Alert } from '../../components/Alert.js';
import { useT } from '../../i18n/i18n.js';

/** The form's own summary when the deadline's date or time cannot be read. */
export function DeadlineAlert({ idPrefix }: { idPrefix: string }) {
  const t = useT();
  return (
    <Alert variant="error" heading={t.common.fieldErrorsHeading}>
      <ul className="error-summary-list">
        <li>
          <a href={`#${idPrefix}-deadline`}>{`${t.rounds.deadline}: ${t.rounds.deadlineInvalid}`}</a>
        </li>
      </ul>
    </Alert>
  );
}
