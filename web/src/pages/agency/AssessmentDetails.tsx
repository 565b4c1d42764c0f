import { Fragment } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import type { Assessment } from './api.js';
import { Paragraphs } from './Paragraphs.js';

/** One submitted assessment read-only: each requirement's verdict, each criterion's score and justification. */
export function AssessmentDetails({ assessment, round }: { assessment: Assessment; round: Round }) {
  const t = useT();
  const a = t.agency.assess;
  const verdict = (v: boolean | null | undefined) => (v === true ? a.passed : v === false ? a.failed : a.undecided);
  return (
    <dl className="facts">
      {round.requirements.map((r, i) => (
        <Fragment key={r.key}>
          <dt>{a.requirementShort(i + 1)}</dt>
          <dd>{verdict(assessment.requirements[r.key])}</dd>
        </Fragment>
      ))}
      {round.criteria.map((c, i) => {
        const score = assessment.criteria[c.key];
        return (
          <Fragment key={c.key}>
            <dt>{a.criterionHeading(i + 1)}</dt>
            <dd>
              <strong>{score?.score ? a.score(score.score) : a.noScore}</strong>
              {score?.justification ? (
                <Paragraphs text={score.justification} className="mt-2 mb-0" />
              ) : (
                <p className="text-muted mt-2 mb-0">{a.noJustification}</p>
              )}
            </dd>
          </Fragment>
        );
      })}
    </dl>
  );
}
