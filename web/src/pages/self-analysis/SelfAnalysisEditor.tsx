import { useState, type FormEvent } from 'react';
import { SECTION_KEYS } from '../../../../src/shared/contracts/self-analysis.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import type { SelfAnalysis } from './api.js';
import { CapacityEditor } from './CapacityEditor.js';
import { ConflictPanel } from './ConflictPanel.js';
import { ListEditor } from './ListEditor.js';
import { MissingList } from './MissingList.js';
import { PresentPanel } from './PresentPanel.js';
import { QuestionsFieldset } from './QuestionsFieldset.js';
import { SaveStatus } from './SaveStatus.js';
import { ID_PREFIX, type SelfAnalysisValues } from './self-analysis-form.js';
import { useSelfAnalysisAutosave } from './use-self-analysis-autosave.js';

interface SelfAnalysisEditorProps {
  sa: SelfAnalysis;
  onPresented: (sa: SelfAnalysis) => void;
}

/**
 * The template as a form, saved as it is typed. While a kept version waits
 * for a choice the form is locked and nothing is saved.
 */
export function SelfAnalysisEditor({ sa, onPresented }: SelfAnalysisEditorProps) {
  const t = useT();
  const s = t.selfAnalysis;
  const { values, change, status, flush, adopt, version } = useSelfAnalysisAutosave(sa);
  const [resolved, setResolved] = useState(false);
  const conflict = sa.conflicts[0];
  const locked = conflict !== undefined || status.kind === 'conflict';
  const saveError = status.kind === 'error' ? status.error : null;
  const serverError = (field: string) => fieldError(saveError, field);
  const set =
    <K extends keyof SelfAnalysisValues>(key: K) =>
    (value: SelfAnalysisValues[K]) => {
      setResolved(false);
      change({ ...values, [key]: value });
    };
  const noSubmit = (e: FormEvent) => e.preventDefault();

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <SaveStatus status={status} />
        {conflict ? (
          <ConflictPanel
            key={conflict.id}
            sa={sa}
            conflict={conflict}
            onResolved={(fresh) => {
              adopt(fresh);
              setResolved(fresh.conflicts.length === 0);
            }}
          />
        ) : null}
        {resolved ? <Alert variant="success" heading={s.conflictResolved} className="mt-4" /> : null}
        {saveError ? (
          <div className="mt-4">
            <ErrorAlert error={saveError} idPrefix={ID_PREFIX} />
            <p>{s.saveFailedText}</p>
            <button type="button" className="button button-secondary" onClick={() => void flush()}>
              {s.saveNow}
            </button>
          </div>
        ) : null}
        <form onSubmit={noSubmit} onBlur={() => void flush()} noValidate aria-label={s.formLabel}>
          {SECTION_KEYS.map((section) => (
            <QuestionsFieldset
              key={section}
              section={section}
              answers={values[section]}
              onChange={(answers) => set(section)(answers as SelfAnalysisValues[typeof section])}
              disabled={locked}
              serverError={serverError}
            />
          ))}
          <CapacityEditor
            sa={sa}
            municipality={values.municipality}
            institutions={values.institutions}
            onMunicipality={set('municipality')}
            onInstitution={(id, next) => set('institutions')({ ...values.institutions, [id]: next })}
            disabled={locked}
            serverError={serverError}
          />
          <ListEditor
            list="strengths"
            items={values.strengths}
            onChange={set('strengths')}
            disabled={locked}
            serverError={serverError}
          />
          <ListEditor
            list="challenges"
            items={values.challenges}
            onChange={set('challenges')}
            disabled={locked}
            serverError={serverError}
          />
        </form>
      </div>
      <div className="col-12 col-lg-4">
        <MissingList sa={sa} values={values} />
        <PresentPanel
          sa={sa}
          values={values}
          flush={flush}
          version={version}
          onPresented={onPresented}
          disabled={locked}
        />
      </div>
    </div>
  );
}
