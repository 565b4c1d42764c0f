import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { documentUrl, useDecision, type Application, type ApplicationDecision } from './api.js';
import { formatInstant } from './time.js';

function OutcomeText({ decision }: { decision: ApplicationDecision }) {
  const t = useT();
  const a = t.applications;
  if (decision.outcome === 'waitlisted' && decision.waitlistPosition !== null)
    return <>{a.waitlistNumber(decision.waitlistPosition)}</>;
  return <>{a.outcomes[decision.outcome]}</>;
}

/** The published decision on a submitted application, with the letter; nothing before publication. */
export function DecisionPanel({ app }: { app: Application }) {
  const t = useT();
  const a = t.applications;
  const query = useDecision(app.id, app.status === 'submitted');
  if (app.status !== 'submitted') return null;
  if (query.data === undefined) return query.isError ? <QueryStatus query={query} /> : null;
  const decision = query.data;
  if (!decision) return null;
  return (
    <section aria-labelledby="application-decision-heading" className="mt-6">
      <h2 id="application-decision-heading">{a.decisionHeading}</h2>
      <dl className="facts">
        <dt>{a.decisionOutcome}</dt>
        <dd>
          <strong>
            <OutcomeText decision={decision} />
          </strong>
        </dd>
        <dt>{a.caseNumber}</dt>
        <dd>{decision.caseNumber}</dd>
        <dt>{a.decisionPublished}</dt>
        <dd>{formatInstant(t, decision.publishedAt)}</dd>
      </dl>
      <h3 className="mt-5">{a.explanation}</h3>
      <p>{decision.explanation}</p>
      <ul className="nobullet-list">
        <li>
          <a href={documentUrl.letterPdf(app.id)} download>
            {a.letterPdf}
          </a>
        </li>
        <li>
          <a href={documentUrl.letterDocx(app.id)} download>
            {a.letterDocx}
          </a>
        </li>
      </ul>
    </section>
  );
}
