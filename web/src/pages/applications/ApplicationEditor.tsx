import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { APPLICATION_LIMITS, ApplicationContent } from '../../../../src/shared/contracts/applications.js';
import { TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { SaveStatus } from '../../versions/SaveStatus.js';
import { useVersionedDocument, type Saved } from '../../versions/use-versioned-document.js';
import { VersionConflict } from '../../versions/VersionConflict.js';
import {
  applicationKey,
  deleteConflict,
  saveApplication,
  useMunicipalityInstitutions,
  type Application,
} from './api.js';
import { applicationFields } from './application-fields.js';
import {
  contentOf,
  emailProblem,
  fieldId,
  ID_PREFIX,
  invalidFields,
  valuesOf,
  type ApplicationValues,
} from './application-form.js';
import { Checklist } from './Checklist.js';
import { DirectorFieldset } from './DirectorFieldset.js';
import { InstitutionsFieldset } from './InstitutionsFieldset.js';
import { PercentField } from './PercentField.js';
import { SubmitPanel } from './SubmitPanel.js';
import { TextAreaField } from '../../components/fields.js';

const savedOf = (app: Application): Saved<ApplicationContent> => ({
  version: app.version,
  content: app.content,
  savedAt: app.updatedAt,
});

interface ApplicationEditorProps {
  app: Application;
  onSubmitted: (app: Application) => void;
}

/**
 * The coordinator's form, saved as it is typed (useVersionedDocument). A
 * colleague's save of other fields is merged in; while a choice between two
 * saves of the same fields waits, the form is locked and nothing is saved.
 */
export function ApplicationEditor({ app, onSubmitted }: ApplicationEditorProps) {
  const t = useT();
  const a = t.applications;
  const institutions = useMunicipalityInstitutions(app.municipalityCode, true);
  const queryClient = useQueryClient();
  const available = institutions.data?.items ?? [];
  const names = { ...app.institutionNames, ...Object.fromEntries(available.map((i) => [i.id, i.name])) };
  const { values, change, status, flush, accept, version, pending, resolve, notice } = useVersionedDocument<
    ApplicationValues,
    ApplicationContent
  >({
    saved: savedOf(app),
    kept: app.conflicts,
    valuesOf,
    contentOf,
    fields: () => applicationFields(t, names),
    parse: (content) => ApplicationContent.safeParse(content).data ?? null,
    save: async (v, content) => {
      const next = await saveApplication(app.id, v, content);
      queryClient.setQueryData(applicationKey(app.id), next);
      return savedOf(next);
    },
    dismiss: (conflictId) => deleteConflict(app.id, conflictId),
    held: (v) => invalidFields(v).length > 0,
  });
  const uploaded = (next: Application) => {
    queryClient.setQueryData(applicationKey(app.id), next);
    accept(savedOf(next));
  };
  const set =
    <K extends keyof ApplicationValues>(key: K) =>
    (value: ApplicationValues[K]) =>
      change({ ...values, [key]: value });
  const locked = pending !== null;
  const saveError = status.kind === 'error' ? status.error : null;
  const err = (field: string) => fieldError(saveError, `content.${field}`) ?? fieldError(saveError, field);
  const noSubmit = (e: FormEvent) => e.preventDefault();
  // Fields kept out of the saves as typed: each named, with why (a too long text says so itself, with its count).
  const fieldLabels = Object.fromEntries(applicationFields(t, names).map((f) => [f.path.join('.'), f.label]));
  fieldLabels.needDocumentation = a.needDocumentation;
  const invalid = invalidFields(values).map((f) => ({
    target: f.id,
    label: f.institutionId ? a.needFieldLabel(names[f.institutionId] ?? '') : (fieldLabels[f.field] ?? f.field),
    message: f.problem.kind === 'tooLong' ? t.textLimit.tooLong(f.problem.length, f.problem.limit) : f.problem.message,
  }));
  /** The message of a field's other problem (a too long text is worded by the field itself). */
  const problems = Object.fromEntries(invalid.map((f) => [f.target, f.message]));
  const own = (id: string, server?: string) => problems[id] ?? server;
  const L = APPLICATION_LIMITS;

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <SaveStatus
          id="application-save-status"
          status={status}
          notice={notice}
          onRetry={() => void flush()}
          idPrefix={ID_PREFIX}
          fieldLabels={fieldLabels}
        />
        {invalid.length > 0 ? (
          <p className="form-hint mt-2" aria-live="polite" id="application-held-back">
            {a.heldBack([...new Set(invalid.map((f) => f.label))])}
          </p>
        ) : null}
        {pending ? (
          <VersionConflict key={pending.conflictId} pending={pending} onResolve={(c) => void resolve(c)} />
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
              error={own(fieldId('contactName'), err('contactName'))}
              width="l"
              limit={L.contactName}
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
              limit={L.contactEmail}
            />
            <TextField
              id={fieldId('contactPhone')}
              label={a.contactPhone}
              value={values.contactPhone}
              onChange={set('contactPhone')}
              autoComplete="tel"
              error={own(fieldId('contactPhone'), err('contactPhone'))}
              width="m"
              limit={L.contactPhone}
            />
          </fieldset>
          <fieldset className="mt-7" disabled={locked}>
            <legend className="h2">{a.institutionsHeading}</legend>
            <InstitutionsFieldset
              chosen={values.institutions}
              onChange={set('institutions')}
              available={available}
              names={names}
              problems={problems}
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
              error={own(fieldId('motivation'), err('motivation'))}
              rows={8}
              limit={L.motivation}
            />
          </fieldset>
          <fieldset className="mt-7" disabled={locked}>
            <legend className="h2">{a.managementHeading}</legend>
            <TextAreaField
              id={fieldId('managementBacking')}
              label={a.managementBacking}
              value={values.managementBacking}
              onChange={set('managementBacking')}
              error={own(fieldId('managementBacking'), err('managementBacking'))}
              rows={6}
              limit={L.managementBacking}
            />
          </fieldset>
          <DirectorFieldset
            app={app}
            values={values}
            set={set}
            onUploaded={uploaded}
            disabled={locked}
            problems={problems}
          />
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
        <SubmitPanel
          app={app}
          flush={flush}
          version={version}
          onSubmitted={onSubmitted}
          disabled={locked}
          invalid={invalid}
        />
      </div>
    </div>
  );
}
