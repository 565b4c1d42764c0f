import { useQuery } from '@tanstack/react-query';
import type { SessionResponse } from '../api/contracts.js';
import { useCoreT } from '../i18n/i18n.js';
import { myTasksQuery } from '../pages/home/tasks-api.js';

/** The number of the person's tasks beside "Mine opgaver" in the menu; nothing while there are none. */
export function TaskCount({ session }: { session: SessionResponse }) {
  const t = useCoreT();
  const { data } = useQuery({ ...myTasksQuery(session.user.id, session.role), staleTime: 60_000 });
  const count = data?.tasks.length ?? 0;
  if (count === 0) return null;
  return (
    // No <span>: the dkfds menu styles every span in a menu link as its label.
    <small className="badge badge-info task-count ml-2">
      <b aria-hidden="true">{count}</b>
      <b className="sr-only">{t.taskCount(count)}</b>
    </small>
  );
}
