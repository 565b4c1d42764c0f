import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { ChangeModelContent } from '../../../../src/shared/contracts/change-model.js';
import { isApiError } from '../../api/client.js';
import { TextAreaField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { SaveStatus } from '../../versions/SaveStatus.js';
import { useVersionedDocument, type Saved } from '../../versions/use-versioned-document.js';
import { VersionConflict } from '../../versions/VersionConflict.js';
import { changeModelKey, dismissConflict, saveChangeModel, type ChangeModel } from './api.js';
import { changeModelFields } from './change-model-fields.js';
import {
  contentOf,
  emptyIndicator,
  ids,
  ITEM_SECTIONS,
  LIMITS,
  locate,
  messageFor,
  valuesOf,
  type EditorError,
  type EditorValues,
} from './editor-form.js';
import { EditorErrorSummary } from './EditorErrorSummary.js';
import { IndicatorFieldset } from './IndicatorFieldset.js';
import { ItemsFieldset } from './ItemsFieldset.js';
import { usePendingFocus } from './use-pending-focus.js';

interface ChangeModelEditorProps {
  model: ChangeModel;
  onSaved: (version: number) => void;
}

const savedOf = (model: ChangeModel): Saved<ChangeModelContent> => ({
  version: model.version,
  content: model.content,
  savedAt: model.savedAt,
});

/**
 * The structured editor (useVersionedDocument, saved on "Gem" only: every save
 * is a new version). Errors (the form's own and the server's, per field) are
 * summarised above the form. When someone else saved first, sections only one
 * of them changed are merged and saved at once; sections both changed are
 * offered side by side for a choice per section (VersionConflict).
 */
export function ChangeModelEditor({ model, onSaved }: ChangeModelEditorProps) {
  const t = useT();
  const m = t.changeModel;
  const queryClient = useQueryClient();
  const focus = usePendingFocus();
  const note = useRef('');
  const doc = useVersionedDocument<EditorValues, ChangeModelContent>({
    saved: savedOf(model),
    kept: model.conflicts.map((c) => ({ ...c, content: c.content.model })),
    valuesOf: (content) => ({ ...valuesOf(content), note: note.current }),
    contentOf: (v) => contentOf(v, m).content,
    fields: () => changeModelFields(t),
    parse: (content) => ChangeModelContent.safeParse(content).data ?? null,
    save: async (baseVersion, content) => {
      const next = await saveChangeModel(model.courseId, { baseVersion, content, note: note.current });
      queryClient.setQueryData(changeModelKey(model.courseId), next);
      return savedOf(next);
    },
    dismiss: (conflictId) => dismissConflict(model.courseId, conflictId),
    autosave: false,
  });
  const { values, status, pending, resolve, notice } = doc;
  note.current = values.note;
  /** The fields found wrong when "Gem" was pressed: listed while they are still wrong (the list shrinks as they are fixed). */
  const [checked, setChecked] = useState<Set<string> | null>(null);
  const errors: EditorError[] = checked
    ? contentOf(values, m)
        .errors.filter((fe) => checked.has(fe.field))
        .map((fe) => locate(fe, m, values))
    : [];
  const change = (patch: Partial<EditorValues>) => doc.change({ ...values, ...patch });
  const outcomes = [...values.shortTermOutcomes, ...values.longTermOutcomes]
    .filter((o) => o.text.trim())
    .map((o) => ({ value: o.id, label: o.text.trim() }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { errors: found } = contentOf(values, m);
    setChecked(found.length > 0 ? new Set(found.map((fe) => fe.field)) : null);
    if (found.length > 0) return;
    const from = doc.version();
    void doc.flush().then(() => {
      if (doc.version() !== from && !doc.unsaved()) onSaved(doc.version());
    });
  };

  const err = status.kind === 'error' ? status.error : null;
  const fieldErrors = isApiError(err, 400) && err.fieldErrors.length > 0;
  const shown = fieldErrors ? err.fieldErrors.map((fe) => locate(fe, m, values)) : errors;
  return (
    <>
      <h2 id="cm-edit-heading" className="mt-8">
        {m.editHeading}
      </h2>
      {pending ? (
        <VersionConflict
          key={pending.conflictId}
          pending={pending}
          onResolve={(c) =>
            void resolve(c).then(() => {
              if (!doc.unsaved()) onSaved(doc.version());
            })
          }
        />
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby="cm-edit-heading" className="cm-editor">
        <p>{m.editIntro}</p>
        <EditorErrorSummary errors={shown} />
        <SaveStatus
          id="cm-save-status"
          status={fieldErrors || status.kind === 'saved' ? { kind: 'saved', at: null } : status}
          notice={notice}
        />
        <TextAreaField
          id={ids.text('problem')}
          label={m.sections.problem}
          hint={`${m.problemHint} ${m.noChildNames}`}
          value={values.problem}
          onChange={(problem) => change({ problem })}
          error={messageFor(shown, ids.text('problem'))}
          rows={4}
          limit={LIMITS.text}
        />
        <TextAreaField
          id={ids.text('targetGroup')}
          label={m.sections.targetGroup}
          hint={`${m.targetGroupHint} ${m.noChildNames}`}
          value={values.targetGroup}
          onChange={(targetGroup) => change({ targetGroup })}
          error={messageFor(shown, ids.text('targetGroup'))}
          rows={3}
          limit={LIMITS.text}
        />
        {ITEM_SECTIONS.map((section) => (
          <ItemsFieldset
            key={section}
            section={section}
            items={values[section]}
            onChange={(items) => change({ [section]: items })}
            errors={shown}
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
              errors={shown}
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
          error={messageFor(shown, ids.note)}
          optional
          rows={2}
          limit={LIMITS.note}
        />
        <button
          type="submit"
          className="button button-primary mt-4"
          disabled={status.kind === 'saving' || pending !== null}
        >
          {status.kind === 'saving' ? t.common.saving : m.saveModel}
        </button>
      </form>
    </>
  );
}
