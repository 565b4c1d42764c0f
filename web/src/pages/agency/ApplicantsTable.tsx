import { Link } from 'react-router';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatNumber } from '../../i18n/format.js';
import { word } from '../../../../src/shared/contracts/messages.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import type { RoundSelectionResponse } from './api.js';
import { formatPoints, formatShare } from './format.js';

/** Every applicant with the facts the rules look at, and the proposal's sentence about them. */
export function ApplicantsTable({ selection, round }: { selection: RoundSelectionResponse; round: Round }) {
  const t = useT();
  const s = t.agency.selection;
  const below = round.balanceRules.smallPopulationBelow;
  const proposed = new Set(selection.proposal.selected);
  const applicants = [...selection.applicants].sort(
    (a, b) => b.score - a.score || a.name.localeCompare(b.name, t.intlLocale),
  );
  return (
    <section aria-labelledby="applicants-heading" className="mt-8">
      <h2 id="applicants-heading">{s.applicantsHeading}</h2>
      {applicants.length === 0 ? (
        <p>{s.noApplicants}</p>
      ) : (
        <ResponsiveTable caption={s.applicantsCaption}>
          <thead>
            <tr>
              <th scope="col">{s.name}</th>
              <th scope="col" className="numeric">
                {s.score}
              </th>
              <th scope="col">{s.region}</th>
              <th scope="col" className="numeric">
                {s.population}
              </th>
              <th scope="col" className="numeric">
                {s.familyDaycare}
              </th>
              <th scope="col">{s.eligible}</th>
              <th scope="col">{s.fullyAssessed}</th>
              <th scope="col">{s.proposed}</th>
              <th scope="col">{s.explanation}</th>
            </tr>
          </thead>
          <tbody>
            {applicants.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/ansoegninger/${a.applicationId}`}>{a.name}</Link>
                </th>
                <td className="numeric">{formatPoints(t, a.score)}</td>
                <td>{a.region}</td>
                <td className="numeric nowrap">
                  {formatNumber(t, a.population)}
                  {below !== undefined ? ` (${a.population < below ? s.small : s.large})` : null}
                </td>
                <td className="numeric">{formatShare(t, a.familyDaycareShare)}</td>
                <td>
                  {a.eligible ? (
                    t.common.yes
                  ) : selection.proposal.explanations[a.id]?.code === 'awaiting_assessment' ? (
                    word(t.agency.selectionText, selection.proposal.explanations[a.id]!)
                  ) : (
                    <strong>{t.common.no}</strong>
                  )}
                </td>
                <td>{a.fullyAssessed ? t.common.yes : <strong>{t.common.no}</strong>}</td>
                <td>{proposed.has(a.id) ? <strong>{s.inProposal}</strong> : s.notInProposal}</td>
                <td>
                  {selection.proposal.explanations[a.id]
                    ? word(t.agency.selectionText, selection.proposal.explanations[a.id]!)
                    : t.common.none}
                </td>
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
      )}
    </section>
  );
}
