import { useT } from '../../i18n/i18n.js';
import type { DecisionPreview } from './api.js';

/**
 * Every letter and e-mail of a publication as they will go (issue 11, point 3): per
 * municipality the outcome, case number and recipients, the letter as PDF and Word and as
 * text, and the e-mail. Made by the server with the same code as the published letters.
 */
export function DecisionPreviewList({ preview }: { preview: DecisionPreview }) {
  const t = useT();
  const p = t.agency.publish;
  const outcome = (l: DecisionPreview['letters'][number]) =>
    l.outcome === 'approved'
      ? p.approved
      : l.outcome === 'rejected'
        ? p.rejected
        : p.waitlisted(l.waitlistPosition ?? 0);
  return (
    <section aria-labelledby="publish-preview-heading" className="mt-5">
      <h3 id="publish-preview-heading">{p.previewHeading}</h3>
      <p>{p.previewIntro}</p>
      <ul className="nobullet-list">
        {preview.letters.map((l) => (
          <li key={l.applicationId} className="mb-5">
            <h4 className="mb-2">
              {l.municipalityName}: {outcome(l)}
            </h4>
            <dl className="facts">
              <dt>{p.caseNumber}</dt>
              <dd>{l.caseNumber}</dd>
              <dt>{p.previewTo}</dt>
              <dd>{l.mail.to.join(', ') || t.common.none}</dd>
              <dt>{p.previewSubject}</dt>
              <dd>{l.mail.subject}</dd>
            </dl>
            <p>
              <a href={l.documents.pdf} download>
                {p.letterOf(l.municipalityName)} ({p.letterPdf})
              </a>{' '}
              ·{' '}
              <a href={l.documents.docx} download>
                {p.letterDocx}
              </a>
            </p>
            <details>
              <summary>{p.previewLetterText}</summary>
              <pre className="indsats-preview-text">{l.text}</pre>
            </details>
            <details>
              <summary>{p.previewMail}</summary>
              <pre className="indsats-preview-text">{l.mail.body}</pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
