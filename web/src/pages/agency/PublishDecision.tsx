import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import { DecisionPreviewList } from './DecisionPreviewList.js';
import { useDecisionPreview, usePublish, type RoundSelectionResponse } from './api.js';

interface PublishDecisionProps {
  round: Round;
  selection: RoundSelectionResponse;
  /** The decision form has changes that are not saved yet. */
  dirty: boolean;
}

/**
 * "Offentliggør afgørelserne": first the letters and e-mails as they will go, then a
 * confirmation naming how many letters go to whom (issue 11, point 3).
 */
export function PublishDecision({ round, selection, dirty }: PublishDecisionProps) {
  const t = useT();
  const p = t.agency.publish;
  const publish = usePublish(round.id);
  const [showPreview, setShowPreview] = useState(false);
  const [open, setOpen] = useState(false);
  const decision = selection.decision;
  const preview = useDecisionPreview(round.id, decision?.version, (showPreview || open) && !dirty);
  const confirm = () => {
    if (!decision) return;
    publish.mutate(decision.version, { onSuccess: () => setOpen(false) });
  };
  const close = () => {
    setOpen(false);
    publish.reset();
  };
  const data = preview.data;
  return (
    <section aria-labelledby="publish-heading" className="mt-8">
      <h2 id="publish-heading">{p.heading}</h2>
      <p>{p.intro}</p>
      {!decision ? <p>{p.noDecision}</p> : null}
      {decision && dirty ? <p>{t.agency.decision.unsaved}</p> : null}
      <button
        type="button"
        className="button button-secondary mr-4"
        disabled={!decision || dirty}
        aria-expanded={showPreview}
        onClick={() => setShowPreview((v) => !v)}
      >
        {showPreview ? p.previewHide : p.previewButton}
      </button>
      <button
        type="button"
        className="button button-primary"
        disabled={!decision || dirty}
        onClick={() => setOpen(true)}
      >
        {p.button}
      </button>
      {showPreview && !dirty ? data ? <DecisionPreviewList preview={data} /> : <QueryStatus query={preview} /> : null}
      <ConfirmDialog
        open={open}
        heading={p.confirmHeading}
        confirmLabel={p.confirm}
        onConfirm={confirm}
        onClose={close}
        busy={publish.isPending || !data}
      >
        {data ? (
          <>
            <p>{p.confirmSummary(data.letters.length, data.counts, data.recipients)}</p>
            <h3 className="h5">{p.confirmRecipients}</h3>
            <ul>
              {data.letters.map((l) => (
                <li key={l.applicationId}>
                  {l.municipalityName}: {l.mail.to.join(', ') || t.common.none}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <QueryStatus query={preview} />
        )}
        {publish.isError ? <ErrorAlert error={publish.error} /> : null}
      </ConfirmDialog>
    </section>
  );
}
