import { Alert } from '../../components/Alert.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { word } from '../../../../src/shared/contracts/messages.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import type { LiveApplicant, RoundSelectionResponse } from './api.js';
import { formatPoints } from './format.js';
import { ruleLines } from './rule-lines.js';

/** A selection as a list of municipalities, best score first, with its total. */
function SelectionList({
  heading,
  ids,
  total,
  applicants,
}: {
  heading: string;
  ids: string[];
  total: number;
  applicants: Map<string, LiveApplicant>;
}) {
  const t = useT();
  const s = t.agency.selection;
  const chosen = ids.map((id) => applicants.get(id)).filter((a): a is LiveApplicant => a !== undefined);
  chosen.sort((a, b) => b.score - a.score);
  return (
    <div className="col-12 col-md-6">
      <h3>{heading}</h3>
      <p>
        <strong>{s.totalPoints(formatPoints(t, total))}</strong>
      </p>
      {chosen.length === 0 ? (
        <p>{s.noneSelected}</p>
      ) : (
        <ol>
          {chosen.map((a) => (
            <li key={a.id}>
              {a.name} ({s.points(formatPoints(t, a.score))})
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The optimiser's answer: the best selection without rules next to the balanced one, and what each rule costs. */
export function ProposalSummary({ selection, round }: { selection: RoundSelectionResponse; round: Round }) {
  const t = useT();
  const s = t.agency.selection;
  const { proposal } = selection;
  const applicants = new Map(selection.applicants.map((a) => [a.id, a]));
  const rules = ruleLines(t, round.balanceRules);
  const costly = rules.filter((r) => proposal.ruleCosts[r.key] !== undefined);
  const totalCost = Math.max(0, proposal.unconstrained.totalScore - proposal.totalScore);
  return (
    <section aria-labelledby="proposal-heading" className="mt-8">
      <h2 id="proposal-heading">{s.proposalHeading}</h2>
      {!proposal.feasible ? (
        <Alert variant="error" heading={s.infeasible} id="proposal-infeasible">
          {proposal.reason ? <p>{word(t.agency.selectionText, proposal.reason)}</p> : null}
        </Alert>
      ) : null}
      <div className="row">
        <SelectionList
          heading={s.unconstrained}
          ids={proposal.unconstrained.selected}
          total={proposal.unconstrained.totalScore}
          applicants={applicants}
        />
        <SelectionList
          heading={s.balanced}
          ids={proposal.selected}
          total={proposal.totalScore}
          applicants={applicants}
        />
      </div>
      {proposal.feasible && rules.length > 0 ? (
        <>
          <h3 className="mt-6">{s.costsHeading}</h3>
          <p>{s.costsIntro}</p>
          <ResponsiveTable caption={s.costsCaption}>
            <thead>
              <tr>
                <th scope="col">{s.rule}</th>
                <th scope="col" className="numeric">
                  {s.cost}
                </th>
              </tr>
            </thead>
            <tbody>
              {costly.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.text}</th>
                  <td className="numeric">{s.points(formatPoints(t, proposal.ruleCosts[r.key] ?? 0))}</td>
                </tr>
              ))}
            </tbody>
          </ResponsiveTable>
          <p>{totalCost > 0 ? s.totalCost(formatPoints(t, totalCost)) : s.noCosts}</p>
        </>
      ) : null}
    </section>
  );
}
