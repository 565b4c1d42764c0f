import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import {
  applicationKey,
  applicationQueries,
  documentUrl,
  uploadPath,
  useAgreement,
  type Agreement,
  type Application,
} from './api.js';
import { PdfUpload } from './PdfUpload.js';
import { SendAgreementForm } from './SendAgreementForm.js';
import { formatInstant } from './time.js';

/**
 * The collaboration agreement of an approved application: the agency sends
 * it; the municipality (or the agency) uploads the signed copy, which makes
 * the municipality ready for its course.
 */
export function AgreementPanel({ app }: { app: Application }) {
  const t = useT();
  const a = t.applications;
  const session = useSession();
  const queryClient = useQueryClient();
  const approved = app.outcome === 'approved';
  const query = useAgreement(app.id, approved);
  if (!approved) return null;
  if (query.data === undefined) return <QueryStatus query={query} />;
  const agreement = query.data;
  const manage = session.permissions.includes('selection.manage');
  const sign = session.permissions.includes('agreement.sign');
  const onSigned = (signed: Agreement) => {
    queryClient.setQueryData(applicationQueries.agreement(app.id).queryKey, signed);
    void queryClient.invalidateQueries({ queryKey: applicationKey(app.id) });
    void queryClient.invalidateQueries({ queryKey: applicationQueries.all });
  };
  return (
    <section aria-labelledby="application-agreement-heading" className="mt-6">
      <h2 id="application-agreement-heading">{a.agreementHeading}</h2>
      {!agreement ? <p>{a.noAgreement}</p> : null}
      {agreement ? (
        <>
          {agreement.status === 'signed' ? <Alert variant="success" heading={a.readyText} /> : null}
          <dl className="facts">
            <dt>{a.agreementStatus}</dt>
            <dd>
              <span className={agreement.status === 'signed' ? 'badge badge-success' : 'badge badge-info'}>
                {a.agreementStatuses[agreement.status]}
              </span>
            </dd>
            <dt>{a.agreementSent}</dt>
            <dd>{`${formatInstant(t, agreement.sentAt)} · ${agreement.sentBy}`}</dd>
            {agreement.signedAt ? (
              <>
                <dt>{a.agreementSigned}</dt>
                <dd>{`${formatInstant(t, agreement.signedAt)} · ${agreement.signedBy ?? t.common.none}`}</dd>
              </>
            ) : null}
          </dl>
          <ul className="nobullet-list mt-4">
            <li>
              <a href={documentUrl.agreementPdf(app.id)} download>
                {a.agreementPdf}
              </a>
            </li>
            <li>
              <a href={documentUrl.agreementDocx(app.id)} download>
                {a.agreementDocx}
              </a>
            </li>
            {agreement.signedFile ? (
              <li>
                <a href={documentUrl.agreementSigned(app.id)} download>
                  {a.agreementSignedPdf}
                </a>
              </li>
            ) : null}
          </ul>
          {sign && agreement.status === 'sent' ? (
            <PdfUpload<Agreement>
              id="agreement-signed-file"
              label={a.signedFile}
              hint={a.signedFileHint}
              path={uploadPath.agreementSigned(app.id)}
              onUploaded={onSigned}
            />
          ) : null}
        </>
      ) : null}
      {manage && agreement?.status !== 'signed' ? (
        <SendAgreementForm applicationId={app.id} agreement={agreement} />
      ) : null}
    </section>
  );
}
