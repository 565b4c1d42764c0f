import { Link } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { fileUrls, type LiveApplicant, type RoundDecision, type RoundSelectionResponse } from './api.js';
import { byScore } from './decision-form.js';
import { Paragraphs } from './Paragraphs.js';

/** Selected first, then the waitlist in order, then the rest by score. */
function inDecisionOrder(applicants: LiveApplicant[], decision: RoundDecision, locale: string): LiveApplicant[] {
  const rank = (a: LiveApplicant) => {
    const s = decision.selected.indexOf(a.id);
    if (s >= 0) return s;
    const w = decision.waitlist.indexOf(a.id);
    return w >= 0 ? 1000 + w : 10_000;
  };
  return byScore(applicants, locale).sort((a, b) => rank(a) - rank(b));
}

/** The published decision: when and by whom, the reason, and each municipality's outcome with its letters. */
export function PublishedDecision({
  selection,
  decision,
}: {
  selection: RoundSelectionResponse;
  decision: RoundDecision;
}) {
  const t = useT();
  const p = t.agency.publish;
  const outcome = (id: string) => {
    if (decision.selected.includes(id)) return <strong>{p.approved}</strong>;
    const w = decision.waitlist.indexOf(id);
    return w >= 0 ? p.waitlisted(w + 1) : p.rejected;
  };
  return (
    <section aria-labelledby="published-heading" className="mt-8">
      <h2 id="published-heading">{t.agency.decision.heading}</h2>
      <Alert variant="success" heading={p.published}>
        {decision.publishedAt ? (
          <p>{p.publishedOn(formatDateTime(t, decision.publishedAt), decision.publishedBy ?? t.common.none)}</p>
        ) : null}
      </Alert>
      {decision.overrideReason ? (
        <>
          <h3>{p.reason}</h3>
          <Paragraphs text={decision.overrideReason} />
        </>
      ) : null}
      {decision.letterReason ? (
        <>
          <h3>{p.letterReason}</h3>
          <Paragraphs text={decision.letterReason} />
        </>
      ) : null}
      <p>{p.agreementHint}</p>
      <ResponsiveTable caption={p.caption}>
        <thead>
          <tr>
            <th scope="col">{t.agency.selection.name}</th>
            <th scope="col">{p.outcome}</th>
            <th scope="col">{p.letter}</th>
            <th scope="col">{p.application}</th>
          </tr>
        </thead>
        <tbody>
          {inDecisionOrder(selection.applicants, decision, t.intlLocale).map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{outcome(a.id)}</td>
              <td>
                <ul className="nobullet-list">
                  <li>
                    <a href={fileUrls.letter(a.applicationId, 'pdf')}>
                      {p.letterPdf}
                      <span className="sr-only"> – {p.letterOf(a.name)}</span>
                    </a>
                  </li>
                  <li>
                    <a href={fileUrls.letter(a.applicationId, 'docx')}>
                      {p.letterDocx}
                      <span className="sr-only"> – {p.letterOf(a.name)}</span>
                    </a>
                  </li>
                </ul>
              </td>
              <td>
                <Link to={`/ansoegninger/${a.applicationId}`}>
                  {p.openApplication}
                  <span className="sr-only"> – {a.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </ResponsiveTable>
      <p>
        <Link to="/udbakke">{p.outbox}</Link>
      </p>
    </section>
  );
}
