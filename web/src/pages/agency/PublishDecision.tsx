import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import { usePublish, type RoundSelectionResponse } from './api.js';

interface PublishDecisionProps {
  round: Round;
  selection: RoundSelectionResponse;
  /** The decision form has changes that are not saved yet. */
  dirty: boolean;
}

/** "Offentliggør afgørelserne" with a confirmation: letters are made and the coordinators are e-mailed. */
export function PublishDecision({ round, selection, dirty }: PublishDecisionProps) {
  const t = useT();
  const p = t.agency.publish;
  const publish = usePublish(round.id);
  const [open, setOpen] = useState(false);
  const decision = selection.decision;
  const confirm = () => {
    if (!decision) return;
    publish.mutate(decision.version, { onSuccess: () => setOpen(false) });
  };
  const close = () => {
    setOpen(false);
    publish.reset();
  };
  return (
    <section aria-labelledby="publish-heading" className="mt-8">
      <h2 id="publish-heading">{p.heading}</h2>
      <p>{p.intro}</p>
      {!decision ? <p>{p.noDecision}</p> : null}
      {decision && dirty ? <p>{t.agency.decision.unsaved}</p> : null}
      <button
        type="button"
        className="button button-primary"
        disabled={!decision || dirty}
        onClick={() => setOpen(true)}
      >
        {p.button}
      </button>
      <ConfirmDialog
        open={open}
        heading={p.confirmHeading}
        confirmLabel={p.confirm}
        onConfirm={confirm}
        onClose={close}
        busy={publish.isPending}
      >
        <p>{p.confirmText(selection.applicants.length)}</p>
        {publish.isError ? <ErrorAlert error={publish.error} /> : null}
      </ConfirmDialog>
    </section>
  );
}
