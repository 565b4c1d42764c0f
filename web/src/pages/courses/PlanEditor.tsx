import { ConfirmRequired, needsConfirmation } from '../../components/ConfirmRequired.js';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert, problemText } from '../../components/ErrorAlert.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { courseQueries, fetchCourse, useCourseInstitutions, useUpdatePlan, type Course } from './api.js';
import { ExtraMeetingsFieldset } from './ExtraMeetingsFieldset.js';
import { PlanCounts } from './PlanCounts.js';
import { PlanErrorSummary } from './PlanErrorSummary.js';
import {
  institutionOptions,
  locate,
  meetingTotal,
  planOf,
  valuesOf,
  type InstitutionOption,
  type PlanError,
  type PlanValues,
} from './plan-form.js';
import { WorkingGroupsFieldset } from './WorkingGroupsFieldset.js';

/** The plan editor, once it is known which institutions the user may choose among. */
export function PlanEditor({ course }: { course: Course }) {
  const institutions = useCourseInstitutions(course.municipalityCode, true);
  if (institutions.data === undefined) return <QueryStatus query={institutions} />;
  return <PlanForm course={course} listed={institutions.data} />;
}

/**
 * Adapts the plan and saves it with the version it started from. Errors (the
 * form's own, the server's per field, the refusal to drop a held meeting) are
 * summarised above the form; on 409 the user loads the latest plan or keeps theirs.
 */
function PlanForm({ course, listed }: { course: Course; listed: InstitutionOption[] | null }) {
  const t = useT();
  const c = t.courses;
  const queryClient = useQueryClient();
  const update = useUpdatePlan(course.id);
  const [version, setVersion] = useState(course.version);
  const [values, setValues] = useState<PlanValues>(() => valuesOf(course.plan));
  const [errors, setErrors] = useState<PlanError[]>([]);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const [latest, setLatest] = useState<Course | null>(null);
  const options = institutionOptions(listed, course.plan);
  const change = (patch: Partial<PlanValues>) => {
    setSavedCount(null);
    setValues((v) => ({ ...v, ...patch }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save(false);
  };
  /** `confirmed`: the user has read which meetings the change removes (the server names them). */
  const save = (confirmed: boolean) => {
    setSavedCount(null);
    update.reset();
    const { plan, errors: found } = planOf(values, c);
    setErrors(found.map((fe) => locate(fe, c, values)));
    if (found.length > 0) return;
    update.mutate(
      { version, plan, ...(confirmed ? { confirmed } : {}) },
      {
        onSuccess: (saved) => {
          setVersion(saved.version);
          setValues(valuesOf(saved.plan));
          setLatest(null);
          setSavedCount(saved.meetings.length);
        },
        onError: (err) => {
          if (isApiError(err, 400) && err.fieldErrors.length > 0)
            setErrors(err.fieldErrors.map((fe) => locate(fe, c, values)));
          if (!isApiError(err, 409)) return;
          void fetchCourse(course.id).then((fresh) => {
            queryClient.setQueryData(courseQueries.detail(course.id).queryKey, fresh);
            setLatest(fresh);
          });
        },
      },
    );
  };
  const resolve = (loadTheirs: boolean) => {
    if (!latest) return;
    setVersion(latest.version);
    if (loadTheirs) setValues(valuesOf(latest.plan));
    setLatest(null);
    update.reset();
  };

  const err = update.error;
  const fieldRefusal = isApiError(err, 400) && err.fieldErrors.length > 0;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-edit-heading" className="mt-8">
      <h2 id="plan-edit-heading">{c.editHeading}</h2>
      <p>{c.editIntro}</p>
      {savedCount !== null ? (
        <Alert variant="success" heading={c.planSaved(savedCount)}>
          <p>
            <a href="#course-meetings-heading">{c.seeMeetings}</a>
          </p>
        </Alert>
      ) : null}
      <PlanErrorSummary errors={errors} />
      {isApiError(err, 409) ? (
        <Alert variant="warning" heading={problemText(t, err).title} id="plan-conflict">
          <p>{c.planConflictText}</p>
          <div className="button-row mt-4">
            <button type="button" className="button button-primary" onClick={() => resolve(true)} disabled={!latest}>
              {c.loadLatest}
            </button>
            <button type="button" className="button button-secondary" onClick={() => resolve(false)} disabled={!latest}>
              {c.keepMine}
            </button>
          </div>
        </Alert>
      ) : err && !fieldRefusal && !needsConfirmation(err) ? (
        <ErrorAlert error={err} />
      ) : null}
      <ConfirmRequired
        error={err}
        heading={c.confirmDropHeading}
        confirmLabel={c.confirmDrop}
        onConfirm={() => save(true)}
        onClose={() => update.reset()}
        busy={update.isPending}
      />
      <PlanCounts values={values} onChange={change} errors={errors} />
      <WorkingGroupsFieldset
        groups={values.workingGroups}
        onChange={(workingGroups) => change({ workingGroups })}
        options={options}
        limited={listed === null}
        errors={errors}
      />
      <ExtraMeetingsFieldset extra={values.extra} onChange={(extra) => change({ extra })} errors={errors} />
      <p className="mt-6" aria-live="polite" id="plan-preview">
        <strong>{c.preview(meetingTotal(values))}</strong>
      </p>
      <button type="submit" className="button button-primary" disabled={update.isPending}>
        {update.isPending ? t.common.saving : c.savePlan}
      </button>
    </form>
  );
}
