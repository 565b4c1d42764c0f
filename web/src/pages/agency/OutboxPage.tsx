import { useSearchParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { usePageTitle } from '../../components/page.js';
import { PagedResults } from '../../components/PagedResults.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useOutbox, type OutboxMessage } from './api.js';
import { Paragraphs } from './Paragraphs.js';

const PAGE_SIZE = 25;
const BADGE = { queued: 'badge badge-info', sent: 'badge badge-success', failed: 'badge badge-error' } as const;

function MessageRow({ message }: { message: OutboxMessage }) {
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
      </td>
    </tr>
  );
}

/** `/udbakke`: the e-mails the platform has sent or queued, newest first, a page at a time. */
export function OutboxPage() {
  const t = useT();
  const o = t.agency.outbox;
  usePageTitle(o.title);
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const query = useOutbox(page, PAGE_SIZE);
  const smtp = query.data?.smtpConfigured;
  return (
    <>
      <h1>{o.title}</h1>
      <p className="font-lead">{o.intro}</p>
      {smtp === undefined ? null : smtp ? <p>{o.smtpOn}</p> : <Alert variant="info" heading={o.smtpOff} />}
      <PagedResults query={query} noResults={o.none}>
        {(items) => (
          <ResponsiveTable caption={o.caption}>
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
                <MessageRow key={m.id} message={m} />
              ))}
            </tbody>
          </ResponsiveTable>
        )}
      </PagedResults>
    </>
  );
}
