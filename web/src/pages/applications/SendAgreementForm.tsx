import { useState, type FormEvent } from 'react';
import { AGREEMENT_LIMITS } from '../../../../src/shared/contracts/agreements.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { usePreviewAgreement, useSendAgreement, type Agreement, type AgreementTerms } from './api.js';
import { TextAreaField } from '../../components/fields.js';

const CONTACT_FIELDS = [
  'agencyContactName',
  'agencyContactEmail',
  'municipalityContactName',
  'municipalityContactEmail',
] as const;
const COMMITMENT_FIELDS = ['staffTime', 'catering', 'transport', 'evaluation'] as const;
type TermKey = keyof AgreementTerms;

const empty = (): Record<TermKey, string> => ({
  agencyContactName: '',
  agencyContactEmail: '',
  municipalityContactName: '',
  municipalityContactEmail: '',
  staffTime: '',
  catering: '',
  transport: '',
  evaluation: '',
});

/**
 * The agency sends the collaboration agreement (again, while it is unsigned,
 * to change its terms). Fields left empty are filled by the server from the
 * application and the sender.
 */
export function SendAgreementForm({
  applicationId,
  agreement,
}: {
  applicationId: string;
  agreement: Agreement | null;
}) {
  const t = useT();
  const a = t.applications;
  const send = useSendAgreement(applicationId);
  const preview = usePreviewAgreement(applicationId);
  const [pending, setPending] = useState<Partial<AgreementTerms> | undefined | null>(null);
  const [values, setValues] = useState<Record<TermKey, string>>(() => (agreement ? { ...agreement.terms } : empty()));
  const [sent, setSent] = useState(false);
  const set = (key: TermKey) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(false);
    const terms = Object.fromEntries(
      Object.entries(values)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, v.trim()]),
    ) as Partial<AgreementTerms>;
    // First the agreement as it will go, then the confirmation (issue 11, point 4).
    const given = Object.keys(terms).length > 0 ? terms : undefined;
    send.reset();
    preview.mutate(given, { onSuccess: () => setPending(given) });
  };
  const confirm = () => {
    if (pending === null) return;
    send.mutate(pending, {
      onSuccess: (saved) => {
        setValues({ ...saved.terms });
        setSent(true);
        setPending(null);
      },
      onError: () => setPending(null),
    });
  };
  const err = (field: string) => fieldError(send.error, `terms.${field}`) ?? fieldError(send.error, field);
  return (
    <form onSubmit={submit} noValidate className="mt-4" aria-labelledby="agreement-send-button">
      {sent ? <Alert variant="success" heading={a.agreementSentNotice} /> : null}
      {send.error ? <ErrorAlert error={send.error} idPrefix="agreement" fieldLabels={a.terms} /> : null}
      {preview.error ? <ErrorAlert error={preview.error} idPrefix="agreement" fieldLabels={a.terms} /> : null}
      <details className="mb-4">
        <summary>{a.adjustTerms}</summary>
        <p className="form-hint">{a.adjustTermsHint}</p>
        {CONTACT_FIELDS.map((f) => (
          <TextField
            key={f}
            id={`agreement-${f}`}
            label={a.terms[f]}
            type={f.endsWith('Email') ? 'email' : 'text'}
            value={values[f]}
            onChange={set(f)}
            autoComplete="off"
            error={err(f)}
            width="l"
            limit={f.endsWith('Email') ? AGREEMENT_LIMITS.contactEmail : AGREEMENT_LIMITS.contactName}
          />
        ))}
        {COMMITMENT_FIELDS.map((f) => (
          <TextAreaField
            key={f}
            id={`agreement-${f}`}
            label={a.terms[f]}
            value={values[f]}
            onChange={set(f)}
            error={err(f)}
            rows={3}
            limit={AGREEMENT_LIMITS.commitment}
          />
        ))}
      </details>
      <button
        id="agreement-send-button"
        type="submit"
        className="button button-primary"
        disabled={send.isPending || preview.isPending}
      >
        {send.isPending ? a.sendingAgreement : agreement ? a.resendAgreement : a.sendAgreement}
      </button>
      <ConfirmDialog
        open={pending !== null && preview.data !== undefined}
        heading={a.agreementConfirmHeading}
        confirmLabel={a.agreementConfirm}
        onConfirm={confirm}
        onClose={() => setPending(null)}
        busy={send.isPending}
      >
        {preview.data ? (
          <>
            <p>
              {a.agreementConfirmText(
                preview.data.municipalityName,
                preview.data.recipient.name,
                preview.data.recipient.email,
              )}
            </p>
            <pre className="indsats-preview-text">{preview.data.text}</pre>
          </>
        ) : null}
      </ConfirmDialog>
    </form>
  );
}
