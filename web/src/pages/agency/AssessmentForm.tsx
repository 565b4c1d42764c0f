import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import { agencyQueries, useSaveAssessment, useSubmitAssessment, type AssessmentView } from './api.js';
import { bodyOf, summaryItems, valuesOf, type AssessmentValues } from './assessment-form.js';
import { AssessmentFields } from './AssessmentFields.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { formatTime } from './format.js';

/** A failed save or submission: field errors as a summary, a stale version as a warning, anything else as an alert. */
function FormError({ error, round }: { error: unknown; round: Round }) {
  const t = useT();
  const a = t.agency.assess;
  if (isApiError(error, 409) && error.code === 'version_conflict')
    return <Alert variant="warning" heading={a.conflictVersion} />;
  const items = summaryItems(error, round, a);
  if (items.length > 0) return <ErrorSummary id="assessment-errors" heading={a.errorsHeading} items={items} />;
  return <ErrorAlert error={error} />;
}

/**
 * The assessor's draft: requirements and criteria, saved as a draft with the
 * version the page holds, then submitted after a confirmation. The typed
 * values stay in the form whatever the server answers.
 */
export function AssessmentForm({
  view,
  round,
  applicationId,
}: {
  view: AssessmentView;
  round: Round;
  applicationId: string;
}) {
  const t = useT();
  const a = t.agency.assess;
  const queryClient = useQueryClient();
  const save = useSaveAssessment(applicationId);
  const submit = useSubmitAssessment(applicationId);
  const [values, setValues] = useState<AssessmentValues>(() => valuesOf(view.own, round));
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [lastError, setLastError] = useState<unknown>(null);

  const change = (next: AssessmentValues) => {
    setValues(next);
    setDirty(true);
  };
  const failed = (err: unknown) => {
    setLastError(err);
    // A stale version or a submission elsewhere: fetch the latest, keep what was typed.
    if (isApiError(err, 409))
      void queryClient.invalidateQueries({ queryKey: agencyQueries.assessment(applicationId).queryKey });
  };
  const saveDraft = (e: FormEvent) => {
    e.preventDefault();
    setLastError(null);
    save.mutate(bodyOf(values, view.own.version), {
      onSuccess: () => {
        setDirty(false);
        setSavedAt(new Date());
      },
      onError: failed,
    });
  };
  const confirmSubmit = () => {
    setLastError(null);
    const onSaved = () => {
      setDirty(false);
      setSavedAt(new Date());
    };
    submit.mutate(
      { body: bodyOf(values, view.own.version), onSaved },
      {
        onSuccess: () => setConfirming(false),
        onError: (err) => {
          setConfirming(false);
          failed(err);
        },
      },
    );
  };
  const busy = save.isPending || submit.isPending;

  return (
    <form id="assessment-form" onSubmit={saveDraft} noValidate aria-labelledby="assessment-form-heading">
      <h2 id="assessment-form-heading">{a.formHeading}</h2>
      {lastError ? <FormError error={lastError} round={round} /> : null}
      <AssessmentFields round={round} values={values} onChange={change} error={lastError} />
      <div className="button-row mt-6">
        <button type="submit" className="button button-secondary" disabled={busy}>
          {save.isPending ? t.common.saving : a.saveDraft}
        </button>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => setConfirming(true)}>
          {submit.isPending ? a.submitting : a.submit}
        </button>
      </div>
      <p className="mt-4" aria-live="polite" aria-atomic="true">
        {dirty ? a.unsaved : savedAt ? a.savedAt(formatTime(t, savedAt)) : null}
      </p>
      <ConfirmDialog
        open={confirming}
        heading={a.submitHeading}
        confirmLabel={a.submitConfirm}
        onConfirm={confirmSubmit}
        onClose={() => setConfirming(false)}
        busy={submit.isPending}
      >
        <p>{a.submitText}</p>
      </ConfirmDialog>
    </form>
  );
}
