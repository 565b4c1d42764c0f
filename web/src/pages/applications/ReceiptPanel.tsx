import { useEffect, useRef } from 'react';
import { Alert } from '../../components/Alert.js';
import { useT } from '../../i18n/i18n.js';
import { documentUrl, type Application } from './api.js';
import { formatInstant } from './time.js';

/** The receipt for a submitted application: when, by whom, which version, the reference, and the PDF. */
export function ReceiptPanel({ app, justSubmitted }: { app: Application; justSubmitted: boolean }) {
  const t = useT();
  const a = t.applications;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (justSubmitted) heading.current?.focus();
  }, [justSubmitted]);
  if (app.status !== 'submitted' || !app.submittedAt) return null;
  return (
    <section aria-labelledby="application-receipt-heading" className="mt-6">
      {justSubmitted ? <Alert variant="success" heading={a.submitted} /> : null}
      <h2 id="application-receipt-heading" ref={heading} tabIndex={-1}>
        {a.receiptHeading}
      </h2>
      <p>{a.receiptText}</p>
      <dl className="facts">
        <dt>{a.receiptTime}</dt>
        <dd>{formatInstant(t, app.submittedAt)}</dd>
        <dt>{a.receiptBy}</dt>
        <dd>{app.submittedBy ?? t.common.none}</dd>
        <dt>{a.receiptVersion}</dt>
        <dd>{app.version}</dd>
        <dt>{a.receiptReference}</dt>
        <dd>
          <code>{app.id}</code>
        </dd>
      </dl>
      <p className="mt-4 no-print">
        <a href={documentUrl.receipt(app.id)} download>
          {a.receiptPdf}
        </a>
      </p>
    </section>
  );
}
