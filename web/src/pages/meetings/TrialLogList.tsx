import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { TrialLog } from './api.js';

/** What was tried, what happened and the reflection – newest first. */
export function TrialLogList({ logs, total }: { logs: TrialLog[]; total: number }) {
  const t = useT();
  const m = t.meetings;
  if (logs.length === 0) return <p>{m.noLogs}</p>;
  return (
    <>
      <ul className="nobullet-list trial-logs">
        {logs.map((log) => (
          <li key={log.id} className="trial-logs__item">
            <p className="mb-0 weight-semibold">{m.logBy(log.authorName, formatDate(t, log.triedOn))}</p>
            <dl className="trial-logs__text">
              <dt>{m.whatTried}</dt>
              <dd className="pre-line">{log.whatTried}</dd>
              <dt>{m.whatHappened}</dt>
              <dd className="pre-line">{log.whatHappened}</dd>
              {log.reflection ? (
                <>
                  <dt>{m.reflection}</dt>
                  <dd className="pre-line">{log.reflection}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
      {total > logs.length ? <p className="text-muted">{m.moreLogs(logs.length, total)}</p> : null}
    </>
  );
}
