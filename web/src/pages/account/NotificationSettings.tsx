import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { NotificationDelivery, NotificationKind } from '../../../../src/shared/contracts/notifications.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { notificationQueries, useSaveNotificationPreferences } from './notifications-api.js';

const DELIVERIES: NotificationDelivery[] = ['immediate', 'digest', 'never'];

/**
 * The person's own e-mail choices, one per kind: at once, a daily digest or
 * never. Decisions and agreements are shown locked (the server refuses a change).
 */
export function NotificationSettings() {
  const t = useT();
  const text = t.notifications;
  const query = useQuery(notificationQueries.preferences());
  const save = useSaveNotificationPreferences();
  const [edits, setEdits] = useState<Partial<Record<NotificationKind, NotificationDelivery>>>({});
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const items = (query.data?.items ?? [])
      .filter((p) => !p.mandatory)
      .map((p) => ({ kind: p.kind, delivery: edits[p.kind] ?? p.delivery }));
    save.mutate(
      { items },
      {
        onSuccess: () => {
          setEdits({});
          setSaved(true);
        },
      },
    );
  };

  return (
    <section id="beskeder" className="mt-8" aria-labelledby="beskeder-heading">
      <h2 id="beskeder-heading">{text.heading}</h2>
      <p>{text.intro}</p>
      <QueryStatus query={query} />
      {query.data ? (
        <form onSubmit={submit} noValidate>
          {saved ? <Alert variant="success" heading={text.saved} /> : null}
          {save.error ? <ErrorAlert error={save.error} /> : null}
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{text.kind}</th>
                <th scope="col">{text.delivery}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((p) => (
                <tr key={p.kind}>
                  <th scope="row">
                    <label htmlFor={`beskeder-${p.kind}`}>{text.kinds[p.kind]}</label>
                  </th>
                  <td>
                    <select
                      id={`beskeder-${p.kind}`}
                      className="form-select"
                      value={edits[p.kind] ?? p.delivery}
                      disabled={p.mandatory}
                      aria-describedby={p.mandatory ? `beskeder-${p.kind}-locked` : undefined}
                      onChange={(e) => {
                        setSaved(false);
                        setEdits({ ...edits, [p.kind]: e.target.value as NotificationDelivery });
                      }}
                    >
                      {DELIVERIES.map((d) => (
                        <option key={d} value={d}>
                          {text.deliveries[d]}
                        </option>
                      ))}
                    </select>
                    {p.mandatory ? (
                      <span id={`beskeder-${p.kind}-locked`} className="form-hint">
                        {text.locked}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" className="button button-primary mt-5" disabled={save.isPending}>
            {save.isPending ? text.saving : text.save}
          </button>
        </form>
      ) : null}
    </section>
  );
}
