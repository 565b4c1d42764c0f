import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { authEndpoints as E } from '../../../../src/shared/contracts/endpoints/auth.js';
import { call } from '../../api/call.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';

const SESSIONS_KEY = ['own-sessions'] as const;

/**
 * "Dine sessioner": where the person is logged in – browser, when it began and
 * was last used, the address – and a way to end any other session, or all of
 * them (docs/adr/0028). The session in use is ended by logging out.
 */
export function SessionsPage() {
  const t = useT();
  const text = t.account.sessions;
  usePageTitle(text.title);
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: SESSIONS_KEY, queryFn: ({ signal }) => call(E.ownSessions, { signal }) });
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: SESSIONS_KEY });
  const endOne = useMutation({
    mutationFn: (id: string) => call(E.endOwnSession, { params: { id } }),
    onSuccess: async () => {
      setDone(text.ended);
      await refresh();
    },
  });
  const endAll = useMutation({
    mutationFn: () => call(E.endOtherOwnSessions),
    onSuccess: async ({ ended }) => {
      setDone(text.endedAll(ended));
      await refresh();
    },
  });
  const items = query.data?.items;
  const others = items?.filter((s) => !s.current).length ?? 0;
  const error = endOne.error ?? endAll.error;
  return (
    <>
      <h1>{text.title}</h1>
      <p className="font-lead">{text.intro}</p>
      {done ? <Alert variant="success" heading={done} /> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {!items ? (
        <QueryStatus query={query} />
      ) : (
        <>
          <ResponsiveTable caption={text.caption}>
            <thead>
              <tr>
                <th scope="col">{text.browser}</th>
                <th scope="col">{text.started}</th>
                <th scope="col">{text.lastUsed}</th>
                <th scope="col">{text.address}</th>
                <th scope="col">{text.role}</th>
                <th scope="col">
                  <span className="sr-only">{text.end}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => {
                const browser = text.browserOn(s.browser, s.system);
                return (
                  <tr key={s.id}>
                    <th scope="row">
                      {browser}
                      {s.current ? (
                        <>
                          <br />
                          <span className="weight-semibold small-text">{text.current}</span>
                        </>
                      ) : null}
                    </th>
                    <td>{formatDateTime(t, s.createdAt)}</td>
                    <td>{formatDateTime(t, s.lastSeenAt)}</td>
                    <td>{s.ip ?? '–'}</td>
                    <td>{t.roles[s.role]}</td>
                    <td>
                      {s.current ? null : (
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-label={text.endLabel(browser)}
                          disabled={endOne.isPending}
                          onClick={() => endOne.mutate(s.id)}
                        >
                          {text.end}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ResponsiveTable>
          {others > 0 ? (
            <button
              type="button"
              className="button button-primary mt-5"
              disabled={endAll.isPending}
              onClick={() => endAll.mutate()}
            >
              {text.endAll}
            </button>
          ) : (
            <p className="mt-5">{text.onlyThis}</p>
          )}
        </>
      )}
    </>
  );
}
