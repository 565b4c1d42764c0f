import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import type { Assessment, AssessmentView } from './api.js';
import { AssessmentDetails } from './AssessmentDetails.js';

/** One assessor's score for a criterion, or why there is none. */
function ScoreCell({ assessment, criterion }: { assessment: Assessment; criterion: string }) {
  const t = useT();
  const a = t.agency.assess;
  if (assessment.conflict === 'conflict') return <td>{a.otherConflict}</td>;
  const score = assessment.criteria[criterion]?.score;
  return <td className="numeric">{score ?? <span className="text-muted">{a.noScore}</span>}</td>;
}

/**
 * The other assessors' submitted scores next to one's own, and their
 * justifications; until one's own is submitted, only a note that they are hidden.
 */
export function OtherAssessments({ view, round }: { view: AssessmentView; round: Round }) {
  const t = useT();
  const a = t.agency.assess;
  const columns = [view.own, ...view.others];
  let body;
  if (view.othersHidden) body = <p>{a.othersHidden}</p>;
  else if (view.others.length === 0) body = <p>{a.noOthers}</p>;
  else {
    body = (
      <>
        <ResponsiveTable caption={a.othersCaption}>
          <thead>
            <tr>
              <th scope="col">{a.criterion}</th>
              {columns.map((x) => (
                <th scope="col" key={x.id} className="numeric">
                  {x.id === view.own.id ? a.you : x.assessorName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {round.criteria.map((c, i) => (
              <tr key={c.key}>
                <th scope="row">{a.criterionHeading(i + 1)}</th>
                {columns.map((x) => (
                  <ScoreCell key={x.id} assessment={x} criterion={c.key} />
                ))}
              </tr>
            ))}
          </tbody>
        </ResponsiveTable>
        {view.others.map((x) => (
          <details className="details" key={x.id}>
            <summary className="details-summary">{a.justificationsOf(x.assessorName)}</summary>
            <div className="details-text">
              {x.conflict === 'conflict' ? (
                <p>{a.otherConflict}</p>
              ) : (
                <AssessmentDetails assessment={x} round={round} />
              )}
            </div>
          </details>
        ))}
      </>
    );
  }
  return (
    <section aria-labelledby="others-heading" className="mt-8">
      <h2 id="others-heading">{a.othersHeading}</h2>
      {body}
    </section>
  );
}
