import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { OUTBOX_STATUSES } from '../../../../src/shared/contracts/decisions.js';
import { useCan } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { SelectField } from '../../components/fields.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useOutbox, useRetryOutboxMessage, type OutboxMessage, type OutboxStatus } from './api.js';
import { Paragraphs } from './Paragraphs.js';

const BADGE = { queued: 'badge badge-info', sent: 'badge badge-success', failed: 'badge badge-error' } as const;

function isStatus(value: string | null): value is OutboxStatus {
  return (OUTBOX_STATUSES as readonly string[]).includes(value ?? '');
}

function MessageRow({ message, onRetry }: { message: OutboxMessage; onRetry: ((m: OutboxMessage) => void) | null }) {
  const t = useT();
  const o = t.agency.outbox;
  return (
    <tr>
      <td className="nowrap">{formatDateTime(t, message.createdAt)}</td>
      <td>{message.to}</td>
      <td>
        <strong>{message.subject}</strong>
        <details className="details mb-0 mt-2">
          <summary className="details-summary">
            {o.showBody}
            <span className="sr-only">: {message.subject}</span>
          </summary>
          <div className="details-text">
            <Paragraphs text={message.body} />
          </div>
        </details>
      </td>
      <td>
        <span className={`${BADGE[message.status]} nowrap`}>{o.statuses[message.status]}</span>
        {message.sentAt ? <div className="small-text">{o.sentAt(formatDateTime(t, message.sentAt))}</div> : null}
        {message.error ? (
          <div className="small-text">
            {o.error}: {message.error}
          </div>
        ) : null}
        {message.status === 'failed' && onRetry ? (
          <button type="button" className="button button-secondary button-small mt-3" onClick={() => onRetry(message)}>
            {o.retry}
            <span className="sr-only">: {o.retryTo(message.to)}</span>
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * `/udbakke`: the e-mails the platform has sent or queued, newest first; a status
 * filter (`?status=failed` is where the task "e-mails fejlede" leads) and "Send igen"
 * on a failed one; "Vis flere" loads the next page.
 */
export function OutboxPage() {
  const t = useT();
  const o = t.agency.outbox;
  usePageTitle(o.title);
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : undefined;
  const query = useOutbox(status);
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const smtp = query.data?.pages[0]?.smtpConfigured;
  const retry = useRetryOutboxMessage();
  const [retried, setRetried] = useState<string | null>(null);

  const onRetry = (message: OutboxMessage) => {
    setRetried(null);
    retry.mutate(message.id, { onSuccess: () => setRetried(o.retried(message.to, smtp === true)) });
  };
  const chooseStatus = (value: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set('status', value);
      else next.delete('status');
      return next;
    });

  return (
    <>
      <h1>{o.title}</h1>
      <p className="font-lead">{o.intro}</p>
      {smtp === undefined ? null : smtp ? <p>{o.smtpOn}</p> : <Alert variant="info" heading={o.smtpOff} />}
      <SelectField
        id="outbox-status"
        label={o.statusFilter}
        value={status ?? ''}
        onChange={chooseStatus}
        options={[
          { value: '', label: o.allStatuses },
          ...OUTBOX_STATUSES.map((s) => ({ value: s, label: o.statuses[s] })),
        ]}
      />
      <div role="status" aria-live="polite">
        {retried ? <Alert variant="success" heading={retried} /> : null}
      </div>
      {retry.isError ? <ErrorAlert error={retry.error} /> : null}
      {!query.data ? (
        <QueryStatus query={query} />
      ) : items.length === 0 ? (
        <p className="mt-6" role="status">
          {status ? o.noneWithStatus(o.statuses[status]) : o.none}
        </p>
      ) : (
        <>
          <ResponsiveTable caption={status ? `${o.caption}: ${o.statuses[status]}` : o.caption}>
            <thead>
              <tr>
                <th scope="col">{o.time}</th>
                <th scope="col">{o.to}</th>
                <th scope="col">{o.subject}</th>
                <th scope="col">{o.status}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <MessageRow key={m.id} message={m} onRetry={can('outbox.manage') ? onRetry : null} />
              ))}
            </tbody>
          </ResponsiveTable>
          <LoadMore query={query} shown={items.length} />
        </>
      )}
    </>
  );
}
