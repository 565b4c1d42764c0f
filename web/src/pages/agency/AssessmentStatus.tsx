import { useT } from '../../i18n/i18n.js';
import type { AssessmentTask } from './api.js';

const BADGE = {
  not_started: 'badge',
  draft: 'badge badge-info',
  submitted: 'badge badge-success',
  conflict: 'badge badge-warning',
} as const;

/** "Ikke påbegyndt", "Kladde", "Indsendt" or "Inhabil" as a badge: the word carries the meaning, the colour only repeats it. */
export function AssessmentStatus({
  status,
  conflict,
}: {
  status: AssessmentTask['status'];
  conflict: AssessmentTask['conflict'];
}) {
  const t = useT();
  const key = conflict === 'conflict' ? 'conflict' : status;
  return <span className={BADGE[key]}>{t.agency.status[key]}</span>;
}
