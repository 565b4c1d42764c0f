import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useT } from '../../i18n/i18n.js';
import type { CourseScheduleProposal } from './api.js';
import { formatWhen } from './dates.js';

type ProposedMeeting = Extract<CourseScheduleProposal, { feasible: true }>['meetings'][number];

/** The proposed dates, as they will be stored; the round's proposal also names each meeting's municipality. */
export function ProposalTable({
  meetings,
  showMunicipality = false,
}: {
  meetings: ProposedMeeting[];
  showMunicipality?: boolean;
}) {
  const t = useT();
  const s = t.schedule;
  return (
    <ResponsiveTable caption={s.proposalCaption}>
      <thead>
        <tr>
          <th scope="col">{s.when}</th>
          {showMunicipality ? <th scope="col">{s.municipality}</th> : null}
          <th scope="col">{s.meeting}</th>
          <th scope="col">{s.kind}</th>
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>{formatWhen(t, m.date, m.start, m.end)}</td>
            {showMunicipality ? <td>{m.municipalityName}</td> : null}
            <th scope="row">{m.title}</th>
            <td>{t.courses.kinds[m.kind]}</td>
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
}
