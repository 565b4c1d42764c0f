import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Icon } from '../../components/Icon.js';
import { Loading } from '../../components/Loading.js';
import { PageSummary, Pagination } from '../../components/Pagination.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { AddAbsenceForm } from './AddAbsenceForm.js';
import { ABSENCE_PAGE_SIZE, useAbsences, useRemoveAbsence, type ConsultantAbsence } from './api.js';

const HEADING_ID = 'absences-heading';
const PAGE_PARAM = 'fravaer';

/**
 * A consultant's own absence days (for /kalender): the coming ones and those
 * of the last 90 days, a page at a time, with a form to add and a confirmed
 * delete. The scheduler plans no meetings on them. Nothing for other roles.
 */
export function AbsencesPanel() {
  const can = useCan();
  return can('consultant.absence') ? <Absences /> : null;
}

function Absences() {
  const t = useT();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get(PAGE_PARAM)) || 1);
  const list = useAbsences(page);
  const remove = useRemoveAbsence();
  const [removing, setRemoving] = useState<ConsultantAbsence | null>(null);
  const [removed, setRemoved] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const period = (a: ConsultantAbsence) =>
    a.fromDate === a.toDate ? formatDate(t, a.fromDate) : `${formatDate(t, a.fromDate)} – ${formatDate(t, a.toDate)}`;

  const close = (done: boolean) => {
    setRemoving(null);
    // The deleted row's button is gone: the heading takes focus, with the message below it.
    window.requestAnimationFrame(() =>
      (done || !opener.current?.isConnected ? heading.current : opener.current)?.focus(),
    );
  };
  const confirm = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        setRemoved(true);
        close(true);
      },
    });
  };

  const data = list.data;
  return (
    <section className="my-6" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={heading} tabIndex={-1}>
        {t.calendar.absencesHeading}
      </h2>
      <p>{t.calendar.absencesIntro}</p>
      {removed ? <Alert variant="success" heading={t.calendar.removed} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {data && data.items.length === 0 ? <p>{t.calendar.noAbsences}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <p className="form-hint">{t.calendar.absencesShown}</p>
          <PageSummary page={data.page} pageSize={data.pageSize} total={data.total} shown={data.items.length} />
          <ResponsiveTable caption={t.calendar.absencesCaption}>
            <thead>
              <tr>
                <th scope="col">{t.calendar.fromDate}</th>
                <th scope="col">{t.calendar.toDate}</th>
                <th scope="col">{t.calendar.note}</th>
                <th scope="col">{t.calendar.actions}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <td>{formatDate(t, a.fromDate)}</td>
                  <td>{formatDate(t, a.toDate)}</td>
                  <td>{a.note || t.common.none}</td>
                  <td>
                    <button
                      type="button"
                      className="function-link"
                      aria-label={t.calendar.removeLabel(period(a))}
                      onClick={(e) => {
                        opener.current = e.currentTarget;
                        setRemoved(false);
                        remove.reset();
                        setRemoving(a);
                      }}
                    >
                      <Icon name="delete" />
                      {t.calendar.remove}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </ResponsiveTable>
          <Pagination page={data.page} pageSize={ABSENCE_PAGE_SIZE} total={data.total} param={PAGE_PARAM} />
        </>
      ) : null}
      {/* Mounted only while open: ConfirmDialog has a fixed heading id, and the subscription panel may have one too. */}
      {removing ? (
        <ConfirmDialog
          open
          heading={t.calendar.removeHeading}
          confirmLabel={t.calendar.removeConfirm}
          onConfirm={confirm}
          onClose={() => close(false)}
          busy={remove.isPending}
        >
          <p>{t.calendar.removeText(period(removing))}</p>
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        </ConfirmDialog>
      ) : null}
      <AddAbsenceForm />
    </section>
  );
}
