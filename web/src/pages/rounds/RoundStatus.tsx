import { useT } from '../../i18n/i18n.js';
import type { Round } from './api.js';

/** "Åben" or "Lukket" as a dkfds badge. */
export function RoundStatus({ status }: { status: Round['status'] }) {
  const t = useT();
  return (
    <span className={status === 'open' ? 'badge badge-success' : 'badge'}>
      {status === 'open' ? t.rounds.open : t.rounds.closed}
    </span>
  );
}
