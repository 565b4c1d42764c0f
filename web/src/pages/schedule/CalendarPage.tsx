import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCan, useSession } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { SelectField } from '../../components/fields.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useT } from '../../i18n/i18n.js';
import { AbsencesPanel } from '../calendar/AbsencesPanel.js';
import { CalendarSubscriptionPanel } from '../calendar/CalendarSubscriptionPanel.js';
import { useConsultantUsers } from '../courses/api.js';
import { useCalendar, type CalendarItem } from './api.js';
import {
  formatMonth,
  formatRange,
  formatWhen,
  isMonth,
  isoWeek,
  monthRange,
  shiftMonth,
  thisMonth,
  weekBounds,
} from './dates.js';
import { Violations } from './Violations.js';
import { PrintButton } from '../../components/PrintButton.js';

const MONTH_PARAM = 'maaned';
const CONSULTANT_PARAM = 'konsulent';

/** The month's meetings, a table per (Danish, ISO) week. */
function Weeks({ items }: { items: CalendarItem[] }) {
  const t = useT();
  const s = t.schedule;
  const weeks = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const { monday } = weekBounds(item.date);
    weeks.set(monday, [...(weeks.get(monday) ?? []), item]);
  }
  return (
    <>
      {[...weeks].map(([monday, list]) => {
        const { sunday } = weekBounds(monday);
        const caption = s.week(isoWeek(monday), formatRange(t, monday, sunday));
        return (
          <section key={monday} aria-labelledby={`week-${monday}`} className="mt-6">
            <h3 id={`week-${monday}`}>{caption}</h3>
            <ResponsiveTable caption={caption}>
              <thead>
                <tr>
                  <th scope="col">{s.when}</th>
                  <th scope="col">{s.municipality}</th>
                  <th scope="col">{s.meeting}</th>
                  <th scope="col">{s.kind}</th>
                  <th scope="col">{s.status}</th>
                  <th scope="col">{s.rules}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((m) => (
                  <tr key={m.meetingId}>
                    <td>{formatWhen(t, m.date, m.start, m.end)}</td>
                    <td>{m.municipalityName}</td>
                    <th scope="row">
                      <Link to={`/forloeb/${m.courseId}/moeder/${m.meetingId}`}>{m.title}</Link>
                    </th>
                    <td>{t.courses.kinds[m.kind]}</td>
                    <td>{t.courses.statuses[m.status]}</td>
                    <td>
                      <Violations violations={m.violations} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </ResponsiveTable>
          </section>
        );
      })}
    </>
  );
}

/** The admin may look at one consultant's calendar. */
function ConsultantFilter({ value, onChoose }: { value: string; onChoose: (id: string) => void }) {
  const t = useT();
  const s = t.schedule;
  const users = useConsultantUsers(true);
  const [chosen, setChosen] = useState(value);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChoose(chosen);
  };
  const options = [
    { value: '', label: s.allConsultants },
    ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];
  return (
    <form className="filter-bar" onSubmit={submit} role="search" aria-label={s.consultant}>
      <SelectField
        id="calendar-consultant"
        label={s.consultant}
        value={chosen}
        onChange={setChosen}
        options={options}
      />
      <button type="submit" className="button button-secondary">
        {s.show}
      </button>
    </form>
  );
}

/**
 * "Kalender": my meetings across courses, a month at a time, grouped by week,
 * with the rules each breaks (a clash between two courses shows on both);
 * the calendar subscription and, for consultants, their absence days.
 */
export function CalendarPage() {
  const t = useT();
  const s = t.schedule;
  const can = useCan();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const requested = params.get(MONTH_PARAM);
  const month = isMonth(requested) ? requested : thisMonth();
  const consultantId = session.role === 'national_admin' ? (params.get(CONSULTANT_PARAM) ?? '') : '';
  const { from, to } = monthRange(month);
  const query = useCalendar(from, to, consultantId);
  usePageTitle(s.calendarTitle);
  const link = (m: string) => {
    const next = new URLSearchParams(params);
    next.set(MONTH_PARAM, m);
    return `?${next.toString()}`;
  };
  const items = query.data?.items;
  const clashes = items?.filter((i) => i.violations.length > 0).length ?? 0;
  return (
    <>
      <h1>{s.calendarTitle}</h1>
      <PrintButton page="calendar" />
      <p className="font-lead">{s.calendarIntro}</p>
      {session.role === 'national_admin' ? (
        <ConsultantFilter
          value={consultantId}
          onChoose={(id) => {
            const next = new URLSearchParams(params);
            if (id) next.set(CONSULTANT_PARAM, id);
            else next.delete(CONSULTANT_PARAM);
            setParams(next);
          }}
        />
      ) : null}
      <nav aria-label={s.monthNav} className="mt-4">
        <Link className="button button-secondary" to={link(shiftMonth(month, -1))}>
          {s.previousMonth}
        </Link>{' '}
        <Link className="button button-secondary" to={link(thisMonth())}>
          {s.thisMonth}
        </Link>{' '}
        <Link className="button button-secondary" to={link(shiftMonth(month, 1))}>
          {s.nextMonth}
        </Link>
      </nav>
      <section aria-labelledby="calendar-month-heading" className="mt-6">
        <h2 id="calendar-month-heading" aria-live="polite">
          {s.monthHeading(formatMonth(t, month))}
        </h2>
        {!items ? (
          <QueryStatus query={query} />
        ) : items.length === 0 ? (
          <p>{s.noMeetings}</p>
        ) : (
          <>
            {clashes > 0 ? <Alert variant="warning" heading={s.clashes(clashes)} /> : null}
            <Weeks items={items} />
          </>
        )}
      </section>
      {/* The calendar's settings are for the screen; on paper only the month's weeks. */}
      <div className="no-print">
        {can('course.read') ? <CalendarSubscriptionPanel /> : null}
        <AbsencesPanel />
      </div>
    </>
  );
}
