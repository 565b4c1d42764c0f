import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useT } from '../../i18n/i18n.js';
import type { Meeting } from './api.js';

/** The saved hours summed per participant role (they feed cost estimates). */
export function HoursSummary({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  return (
    <>
      <h3 className="mt-6">{m.hoursHeading}</h3>
      {meeting.hoursByRole.every((r) => r.hours === 0) ? <p>{m.noHours}</p> : null}
      {meeting.hoursByRole.length > 0 ? (
        <ResponsiveTable caption={m.hoursCaption} className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{m.role}</th>
              <th scope="col" className="align-text-right">
                {m.participantsCount}
              </th>
              <th scope="col" className="align-text-right">
                {m.attendedCount}
              </th>
              <th scope="col" className="align-text-right">
                {m.hoursSum}
              </th>
            </tr>
          </thead>
          <tbody>
            {meeting.hoursByRole.map((r) => (
              <tr key={r.participantRole}>
                <th scope="row">{m.participantRoles[r.participantRole]}</th>
                <td className="align-text-right">{r.participants}</td>
                <td className="align-text-right">{r.attended}</td>
                <td className="align-text-right">{m.hoursText(r.hours)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.total}</th>
              <td className="align-text-right">{meeting.participants.length}</td>
              <td className="align-text-right">{meeting.participants.filter((p) => p.attended === true).length}</td>
              <td className="align-text-right">{m.hoursText(meeting.totalHours)}</td>
            </tr>
          </tfoot>
        </ResponsiveTable>
      ) : null}
    </>
  );
}
