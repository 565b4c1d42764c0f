import { ConfirmRequired, needsConfirmation } from '../../components/ConfirmRequired.js';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert, problemText } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { fetchRound, roundQueries, useUpdateRound, type Round } from './api.js';
import { DeadlineAlert } from './DeadlineAlert.js';
import { bodyOf, valuesOf, type RoundValues } from './round-form.js';
import { RoundFields, useRoundFieldLabels } from './RoundFields.js';

/**
 * Edits a round with the version it started from. On 409 the user's input
 * stays; they may load the latest version or save theirs over it.
 */
export function RoundEditForm({ round }: { round: Round }) {
  const t = useT();
  const queryClient = useQueryClient();
  const labels = useRoundFieldLabels();
  const update = useUpdateRound(round.id);
  const [version, setVersion] = useState(round.version);
  const [values, setValues] = useState<RoundValues>(() => valuesOf(round));
  const [latest, setLatest] = useState<Round | null>(null);
  const [saved, setSaved] = useState(false);
  const [badDeadline, setBadDeadline] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(false);
  };
  /** `confirmed`: the admin has read what the server said the change does (a deadline moved into the past). */
  const save = (confirmed: boolean) => {
    setSaved(false);
    const body = bodyOf(values);
    setBadDeadline(!body);
    if (!body) {
      update.reset();
      return;
    }
    update.mutate(
      { version, ...body, ...(confirmed ? { confirmed } : {}) },
      {
        onSuccess: (r) => {
          setVersion(r.version);
          setValues(valuesOf(r));
          setLatest(null);
          setSaved(true);
        },
        onError: (err) => {
          if (!isApiError(err, 409)) return;
          void fetchRound(round.id).then((fresh) => {
            queryClient.setQueryData(roundQueries.detail(round.id).queryKey, fresh);
            setLatest(fresh);
          });
        },
      },
    );
  };
  const loadLatest = () => {
    if (!latest) return;
    setVersion(latest.version);
    setValues(valuesOf(latest));
    setLatest(null);
    update.reset();
  };
  const keepMine = () => {
    if (!latest) return;
    setVersion(latest.version);
    setLatest(null);
    update.reset();
  };

  const err = update.error;
  const conflict = isApiError(err, 409);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="round-edit-heading">
      <h2 id="round-edit-heading">{t.rounds.editHeading}</h2>
      {saved ? <Alert variant="success" heading={t.rounds.saved} /> : null}
      {badDeadline ? <DeadlineAlert idPrefix="round" /> : null}
      {conflict ? (
        <Alert variant="warning" heading={problemText(t, err).title} id="round-conflict">
          <p>{t.rounds.conflictText}</p>
          <div className="button-row mt-4">
            <button type="button" className="button button-primary" onClick={loadLatest} disabled={!latest}>
              {t.rounds.loadLatest}
            </button>
            <button type="button" className="button button-secondary" onClick={keepMine} disabled={!latest}>
              {t.rounds.keepMine}
            </button>
          </div>
        </Alert>
      ) : err && !needsConfirmation(err) ? (
        <ErrorAlert error={err} idPrefix="round" fieldLabels={labels} />
      ) : null}
      <ConfirmRequired
        error={err}
        heading={t.rounds.confirmDeadlineHeading}
        confirmLabel={t.rounds.confirmDeadline}
        onConfirm={() => save(true)}
        onClose={() => update.reset()}
        busy={update.isPending}
      />
      <RoundFields
        idPrefix="round"
        values={values}
        onChange={setValues}
        error={err}
        deadlineError={badDeadline ? t.rounds.deadlineInvalid : undefined}
      />
      <button type="submit" className="button button-primary mt-5" disabled={update.isPending}>
        {update.isPending ? t.common.saving : t.rounds.saveChanges}
      </button>
    </form>
  );
}
