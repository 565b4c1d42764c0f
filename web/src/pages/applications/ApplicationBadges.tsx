import { useT } from '../../i18n/i18n.js';
import type { Application, Outcome } from './api.js';

/** "Kladde" or "Indsendt" as a dkfds badge. */
export function StatusBadge({ status }: { status: Application['status'] }) {
  const t = useT();
  return (
    <span className={status === 'submitted' ? 'badge badge-success' : 'badge'}>{t.applications.statuses[status]}</span>
  );
}

const OUTCOME_CLASS: Record<Outcome, string> = {
  approved: 'badge badge-success',
  waitlisted: 'badge badge-warning',
  rejected: 'badge badge-error',
};

/** The published outcome (Tilsagn, Venteliste, Afslag) as a badge. */
export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const t = useT();
  return <span className={OUTCOME_CLASS[outcome]}>{t.applications.outcomes[outcome]}</span>;
}
