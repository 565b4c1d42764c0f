import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { applicationKey, useMunicipalityInstitutions, type Application } from './api.js';
import { emailProblem, fieldId, ID_PREFIX, type ApplicationValues } from './application-form.js';
import { Checklist } from './Checklist.js';
import { ConflictPanel } from './ConflictPanel.js';
import { DirectorFieldset } from './DirectorFieldset.js';
import { InstitutionsFieldset } from './InstitutionsFieldset.js';
import { PercentField } from './PercentField.js';
import { SaveStatus } from './SaveStatus.js';
import { SubmitPanel } from './SubmitPanel.js';
import { TextAreaField } from '../../components/fields.js';
import { useAutosave } from './use-autosave.js';

interface ApplicationEditorProps {
  app: Application;
  onSubmitted: (app: Application) => void;
}

/**
 * The coordinator's form, saved as it is typed. While a conflict waits for
 * the user's choice the form is locked and nothing is saved.
 */
export function ApplicationEditor({ app, onSubmitted }: ApplicationEditorProps) {
  const t = useT();
  const a = t.applications;
  const { values, change, status, flush, adopt, accept, version } = useAutosave(app);
  const institutions = useMunicipalityInstitutions(app.municipalityCode, true);
  const queryClient = useQueryClient();
  const [resolved, setResolved] = useState(false);
  const uploaded = (next: Application) => {
    queryClient.setQueryData(applicationKey(app.id), next);
    accept(next);
  };
  const set =
    <K extends keyof ApplicationValues>(key: K) =>
    (value: ApplicationValues[K]) => {
      setResolved(false);
      change({ ...values, [key]: value });
    };
  const available = institutions.data?.items ?? [];
  const names = { ...app.institutionNames, ...Object.fromEntries(available.map((i) => [i.id, i.name])) };
  const conflict = app.conflicts[0];
  const locked = conflict !== undefined || status.kind === 'conflict';
  const saveError = status.kind === 'error' ? status.error : null;
  const err = (field: string) => fieldError(saveError, `content.${field}`) ?? fieldError(saveError, field);
  const noSubmit = (e: FormEvent) => e.preventDefault();

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <SaveStatus status={status} />
        {conflict ? (
          <ConflictPanel
            key={conflict.id}
            app={app}
            conflict={conflict}
            names={names}
            onResolved={(fresh) => {
              adopt(fresh);
              setResolved(fresh.conflicts.length === 0);
            }}
          />
        ) : null}
        {resolved ? <Alert variant="success" heading={a.conflictResolved} /> : null}
        {saveError ? (
          <div className="mt-4">
            <ErrorAlert error={saveError} idPrefix={ID_PREFIX} />
            <p>{a.saveFailedText}</p>
            <button type="button" className="button button-secondary" onClick={() => void flush()}>
              {a.saveNow}
            </button>
          </div>
        ) : null}
        <p className="mt-4">{a.formIntro}</p>
        <form onSubmit={noSubmit} onBlur={() => void flush()} noValidate aria-label={a.formLabel}>
          <fieldset className="mt-6" disabled={locked}>
            <legend className="h2">{a.contactHeading}</legend>
            <TextField
              id={fieldId('contactName')}
              label={a.contactName}
              value={values.contactName}
              onChange={set('contactName')}
              autoComplete="name"
              error={err('contactName')}
              width="l"
            />
            <TextField
              id={fieldId('contactEmail')}
              label={a.contactEmail}
              type="email"
              value={values.contactEmail}
              onChange={set('contactEmail')}
              autoComplete="email"
              error={emailProblem(values.contactEmail) ? a.invalidEmail : err('contactEmail')}
              width="l"
            />
            <TextField
              id={fieldId('contactPhone')}
              label={a.contactPhone}
              value={values.contactPhone}
              onChange={set('contactPhone')}
              autoComplete="tel"
              width="m"
            />
          </fieldset>
          <fieldset className="mt-7" disabled={locked}>
            <legend className="h2">{a.institutionsHeading}</legend>
            <InstitutionsFieldset
              chosen={values.institutions}
              onChange={set('institutions')}
              available={available}
              names={names}
            />
            <PercentField
              id={fieldId('familyDaycareShare')}
              label={a.familyDaycareShare}
              value={values.familyDaycareShare}
              onChange={set('familyDaycareShare')}
            />
          </fieldset>
          <fieldset className="mt-7" disabled={locked}>
            <legend className="h2">{a.motivationHeading}</legend>
            <TextAreaField
              id={fieldId('motivation')}
              label={a.motivation}
              value={values.motivation}
              onChange={set('motivation')}
              rows={8}
              maxLength={6000}
            />
          </fieldset>
          <fieldset className="mt-7" disabled={locked}>
            <legend className="h2">{a.managementHeading}</legend>
            <TextAreaField
              id={fieldId('managementBacking')}
              label={a.managementBacking}
              value={values.managementBacking}
              onChange={set('managementBacking')}
              rows={6}
              maxLength={4000}
            />
          </fieldset>
          <DirectorFieldset app={app} values={values} set={set} onUploaded={uploaded} disabled={locked} />
          <fieldset className="mt-7" disabled={locked}>
            <legend className="h2">{a.evaluationHeading}</legend>
            <div className="form-group-checkbox">
              <input
                id={fieldId('evaluationCommitment')}
                type="checkbox"
                className="form-checkbox"
                checked={values.evaluationCommitment}
                onChange={(e) => set('evaluationCommitment')(e.target.checked)}
              />
              <label className="form-label" htmlFor={fieldId('evaluationCommitment')}>
                {a.evaluationCommitment}
              </label>
            </div>
          </fieldset>
        </form>
      </div>
      <div className="col-12 col-lg-4">
        <Checklist app={app} />
        <SubmitPanel app={app} flush={flush} version={version} onSubmitted={onSubmitted} disabled={locked} />
      </div>
    </div>
  );
}
