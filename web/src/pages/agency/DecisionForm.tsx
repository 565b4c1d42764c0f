import { useQueryClient } from '@tanstack/react-query';
import { DECISION_LIMITS } from '../../../../src/shared/contracts/decisions.js';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { agencyQueries, useDecide, type RoundSelectionResponse } from './api.js';
import {
  byScore,
  decisionIds,
  differsFromProposal,
  initialDecision,
  localProblems,
  serverProblems,
  type DecisionValues,
} from './decision-form.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { TextAreaField } from '../../components/fields.js';
import { formatPoints } from './format.js';
import { WaitlistEditor } from './WaitlistEditor.js';

interface DecisionFormProps {
  roundId: string;
  selection: RoundSelectionResponse;
  /** Tells the page whether there are unsaved changes (publishing waits for a save). */
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The decision: who is selected (from the proposal or the saved decision),
 * the ordered waitlist, and a reason that is required when the selection
 * differs from the proposal. Saved with the version it started from.
 */
export function DecisionForm({ roundId, selection, onDirtyChange }: DecisionFormProps) {
  const t = useT();
  const d = t.agency.decision;
  const queryClient = useQueryClient();
  const decide = useDecide(roundId);
  const [values, setValues] = useState<DecisionValues>(() => initialDecision(selection));
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [saved, setSaved] = useState(false);
  const applicants = byScore(selection.applicants, t.intlLocale);
  const firstId = applicants[0]?.id ?? '';
  const differs = differsFromProposal(values.selected, selection);

  const change = (next: DecisionValues) => {
    setValues(next);
    setSaved(false);
    onDirtyChange(true);
  };
  const toggle = (id: string, on: boolean) =>
    change({
      ...values,
      selected: on ? [...values.selected, id] : values.selected.filter((x) => x !== id),
      waitlist: on ? values.waitlist.filter((x) => x !== id) : values.waitlist,
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const found = localProblems(values, selection, firstId, d);
    setProblems(found);
    if (found.length > 0) return;
    const version = selection.decision?.version;
    decide.mutate(
      {
        selected: values.selected,
        waitlist: values.waitlist,
        reason: values.reason.trim(),
        letterReason: differs ? values.letterReason.trim() : '',
        ...(version ? { version } : {}),
      },
      {
        onSuccess: () => {
          setSaved(true);
          onDirtyChange(false);
        },
        onError: (err) => {
          if (isApiError(err, 409))
            void queryClient.invalidateQueries({ queryKey: agencyQueries.selection(roundId).queryKey });
        },
      },
    );
  };

  const err = decide.error;
  const items = problems.length > 0 ? problems : serverProblems(err, values, firstId, d);
  const message = (target: string) => items.find((i) => i.target === target)?.message;
  const decision = selection.decision;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-heading" className="mt-8">
      <h2 id="decision-heading">{d.heading}</h2>
      <p>{d.intro}</p>
      <p>{decision ? d.fromDecision(formatDateTime(t, decision.decidedAt), decision.decidedBy) : d.fromProposal}</p>
      {saved ? <Alert variant="success" heading={d.saved} /> : null}
      <ErrorSummary id="decision-errors" heading={d.errorsHeading} items={items} />
      {err && problems.length === 0 && !isApiError(err, 400) ? (
        isApiError(err, 409) && err.code === 'version_conflict' ? (
          <Alert variant="warning" heading={d.versionConflict} />
        ) : (
          <ErrorAlert error={err} />
        )
      ) : null}
      <fieldset
        className={`form-group${message(decisionIds.selected(firstId)) ? ' form-error' : ''}`}
        aria-describedby="decision-selected-hint"
      >
        <legend className="h3">{d.selectedLegend}</legend>
        <span className="form-hint" id="decision-selected-hint">
          {d.selectedHint(selection.capacity)} {d.selectedCount(values.selected.length, selection.capacity)}
        </span>
        {message(decisionIds.selected(firstId)) ? (
          <span className="form-error-message">
            <span className="sr-only">{t.common.errorPrefix}</span>
            {message(decisionIds.selected(firstId))}
          </span>
        ) : null}
        {applicants.map((a) => (
          <div className="form-group-checkbox" key={a.id}>
            <input
              id={decisionIds.selected(a.id)}
              type="checkbox"
              className="form-checkbox"
              checked={values.selected.includes(a.id)}
              disabled={!a.eligible && !values.selected.includes(a.id)}
              onChange={(e) => toggle(a.id, e.target.checked)}
            />
            <label className="form-label" htmlFor={decisionIds.selected(a.id)}>
              {d.applicantLabel(a.name, formatPoints(t, a.score))}
              {a.eligible ? null : <span className="weight-normal"> – {d.ineligible}</span>}
            </label>
          </div>
        ))}
      </fieldset>
      <WaitlistEditor
        applicants={selection.applicants}
        selected={values.selected}
        waitlist={values.waitlist}
        onChange={(waitlist) => change({ ...values, waitlist })}
        error={message(decisionIds.waitlistAdd)}
      />
      <TextAreaField
        id={decisionIds.reason}
        label={d.reason}
        hint={differs ? d.reasonRequiredHint : d.reasonOptionalHint}
        value={values.reason}
        onChange={(reason) => change({ ...values, reason })}
        error={message(decisionIds.reason)}
        required={differs}
        limit={DECISION_LIMITS.reason}
      />
      {differs ? (
        <TextAreaField
          id={decisionIds.letterReason}
          label={d.letterReason}
          hint={d.letterReasonHint}
          value={values.letterReason}
          onChange={(letterReason) => change({ ...values, letterReason })}
          error={message(decisionIds.letterReason)}
          required
          limit={DECISION_LIMITS.letterReason}
        />
      ) : null}
      {differs ? (
        <p className="mt-3">
          <strong>{d.differs}</strong>
        </p>
      ) : null}
      <button type="submit" className="button button-primary mt-5" disabled={decide.isPending}>
        {decide.isPending ? t.common.saving : d.save}
      </button>
    </form>
  );
}
