import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useCan } from '../../auth/session.js';
import { useT } from '../../i18n/i18n.js';
import { useReaders, type ReaderReason, type RecordKind } from './api.js';

/**
 * "Hvem kan se dette?": a closed disclosure on a course, meeting, application,
 * self-analysis or change model page, for those who hold `readers.read` (the
 * agency's admin and the coordinator). The list – each person with why they
 * read the record, the admins counted – is fetched when it is first opened,
 * since the server logs each viewing.
 */
export function ReadersPanel({ kind, id }: { kind: RecordKind; id: string }) {
  const can = useCan();
  if (!can('readers.read')) return null;
  return <ReadersDisclosure kind={kind} id={id} />;
}

function ReadersDisclosure({ kind, id }: { kind: RecordKind; id: string }) {
  const t = useT();
  const a = t.access;
  const [open, setOpen] = useState(false);
  const query = useReaders(kind, id, open);
  const data = query.data;
  return (
    <details className="details mt-8" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="details-summary">{a.readersTitle}</summary>
      <div className="details-text">
        <p>{a.readersIntro}</p>
        {open && query.isPending ? <Loading /> : null}
        {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        {data ? (
          <>
            {data.counted.length > 0 ? (
              <ul>
                {data.counted.map((c) => (
                  <li key={c.role}>
                    {c.role === 'national_admin'
                      ? a.counted(c.count, a.readByRole)
                      : a.countedOther(c.count, t.roles[c.role])}
                  </li>
                ))}
              </ul>
            ) : null}
            {data.readers.length === 0 ? (
              <p>{a.noReaders}</p>
            ) : (
              <ResponsiveTable caption={a.readersCaption}>
                <thead>
                  <tr>
                    <th scope="col">{a.name}</th>
                    <th scope="col">{a.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.readers.map((r) => (
                    <tr key={r.userId}>
                      <td>{r.name}</td>
                      <td>
                        <ReasonList reasons={r.reasons} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </ResponsiveTable>
            )}
            {data.more > 0 ? <p>{a.more(data.more)}</p> : null}
          </>
        ) : null}
      </div>
    </details>
  );
}

function ReasonList({ reasons }: { reasons: ReaderReason[] }) {
  const text = useReasonText();
  if (reasons.length === 1) return <>{text(reasons[0]!)}</>;
  return (
    <ul className="mb-0 mt-0">
      {reasons.map((r, i) => (
        <li key={i}>{text(r)}</li>
      ))}
    </ul>
  );
}

function useReasonText(): (reason: ReaderReason) => string {
  const t = useT();
  const a = t.access;
  return (reason) => {
    const role = t.roles[reason.role];
    switch (reason.via) {
      case 'role':
        return a.readByRole;
      case 'municipality':
        return a.inMunicipality(role, reason.municipalityName);
      case 'assignment':
        return a.assignment[reason.assignment](role);
      case 'invitation':
        return a.invitation(role);
    }
  };
}
