import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextAreaField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { useSaveChangeModel, type ChangeModel } from './api.js';
import {
  contentOf,
  emptyIndicator,
  ids,
  ITEM_SECTIONS,
  LIMITS,
  locate,
  messageFor,
  type EditorError,
  type EditorValues,
} from './editor-form.js';
import { EditorErrorSummary } from './EditorErrorSummary.js';
import { IndicatorFieldset } from './IndicatorFieldset.js';
import { ItemsFieldset } from './ItemsFieldset.js';
import { usePendingFocus } from './use-pending-focus.js';

interface ChangeModelEditorProps {
  model: ChangeModel;
  /** What the form starts from: the current version, or a kept edit fetched into the editor. */
  initial: EditorValues;
  onSaved: (version: number) => void;
}

/**
 * The structured editor. Saving sends the whole model with the version it
 * started from and becomes a new version; errors (the form's own and the
 * server's, per field) are summarised above the form. When someone else saved
 * first, the server keeps this save beside theirs and the page shows both
 * (ConflictPanel); the page then starts the form again from the newest version.
 */
export function ChangeModelEditor({ model, initial, onSaved }: ChangeModelEditorProps) {
  const t = useT();
  const m = t.changeModel;
  const save = useSaveChangeModel(model.courseId);
  const focus = usePendingFocus();
  const [values, setValues] = useState<EditorValues>(initial);
  const [errors, setErrors] = useState<EditorError[]>([]);
  const change = (patch: Partial<EditorValues>) => setValues((v) => ({ ...v, ...patch }));
  const outcomes = [...values.shortTermOutcomes, ...values.longTermOutcomes]
    .filter((o) => o.text.trim())
    .map((o) => ({ value: o.id, label: o.text.trim() }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const { content, note, errors: found } = contentOf(values, m);
    setErrors(found.map((fe) => locate(fe, m, values)));
    if (found.length > 0) return;
    save.mutate(
      { baseVersion: model.version, content, note },
      {
        onSuccess: (saved) => onSaved(saved.version),
        onError: (err) => {
          if (isApiError(err, 400) && err.fieldErrors.length > 0)
            setErrors(err.fieldErrors.map((fe) => locate(fe, m, values)));
        },
      },
    );
  };

  const err = save.error;
  const shownElsewhere = isApiError(err, 409) || (isApiError(err, 400) && err.fieldErrors.length > 0);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="cm-edit-heading" className="mt-8 cm-editor">
      <h2 id="cm-edit-heading">{m.editHeading}</h2>
      <p>{m.editIntro}</p>
      <EditorErrorSummary errors={errors} />
      {err && !shownElsewhere ? <ErrorAlert error={err} /> : null}
      <TextAreaField
        id={ids.text('problem')}
        label={m.sections.problem}
        hint={`${m.problemHint} ${m.noChildNames}`}
        value={values.problem}
        onChange={(problem) => change({ problem })}
        error={messageFor(errors, ids.text('problem'))}
        rows={4}
        maxLength={LIMITS.text}
      />
      <TextAreaField
        id={ids.text('targetGroup')}
        label={m.sections.targetGroup}
        hint={`${m.targetGroupHint} ${m.noChildNames}`}
        value={values.targetGroup}
        onChange={(targetGroup) => change({ targetGroup })}
        error={messageFor(errors, ids.text('targetGroup'))}
        rows={3}
        maxLength={LIMITS.text}
      />
      {ITEM_SECTIONS.map((section) => (
        <ItemsFieldset
          key={section}
          section={section}
          items={values[section]}
          onChange={(items) => change({ [section]: items })}
          errors={errors}
        />
      ))}
      <fieldset id={ids.indicators} tabIndex={-1} className="mt-6">
        <legend className="h3">{m.sections.indicators}</legend>
        {values.indicators.length === 0 ? <p>{m.noIndicators}</p> : null}
        {values.indicators.map((indicator, i) => (
          <IndicatorFieldset
            key={indicator.uid}
            index={i}
            indicator={indicator}
            outcomes={outcomes}
            onChange={(next) => change({ indicators: values.indicators.map((x, j) => (j === i ? next : x)) })}
            onRemove={() => {
              change({ indicators: values.indicators.filter((_, j) => j !== i) });
              focus(ids.addIndicator);
            }}
            errors={errors}
          />
        ))}
        <button
          type="button"
          id={ids.addIndicator}
          className="button button-secondary mt-5"
          onClick={() => {
            change({ indicators: [...values.indicators, emptyIndicator()] });
            focus(ids.indicator(values.indicators.length, 'name'));
          }}
          disabled={values.indicators.length >= LIMITS.indicators}
        >
          {m.addIndicator}
        </button>
      </fieldset>
      <TextAreaField
        id={ids.note}
        label={m.versionNote}
        hint={m.versionNoteHint}
        value={values.note}
        onChange={(note) => change({ note })}
        error={messageFor(errors, ids.note)}
        optional
        rows={2}
        maxLength={LIMITS.note}
      />
      <button type="submit" className="button button-primary mt-4" disabled={save.isPending}>
        {save.isPending ? t.common.saving : m.saveModel}
      </button>
    </form>
  );
}
