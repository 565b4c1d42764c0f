import { USER_LIMITS } from '../../../../src/shared/contracts/field-limits.js';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/form-errors.js';
import { TextField } from '../../components/fields.js';
import { usePageTitle } from '../../components/page.js';
import { useT } from '../../i18n/i18n.js';
import { useCreateUser } from './api.js';
import { AssignmentFields, assignmentBody, useInitialAssignment, type AssignmentValue } from './AssignmentFields.js';

/** Creates a user with a first role, who is invited by e-mail to choose a password; then on to the user's page. */
export function CreateUserPage() {
  const t = useT();
  usePageTitle(t.users.createHeading, t.users.title);
  const navigate = useNavigate();
  const create = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [assignment, setAssignment] = useState<AssignmentValue>(useInitialAssignment());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { name, email, assignment: assignmentBody(assignment) },
      {
        onSuccess: (user) =>
          void navigate(`/brugere/${user.id}`, { state: { flash: t.account.links.created(user.name) } }),
      },
    );
  };
  const err = create.error;
  return (
    <>
      <Breadcrumbs items={[{ label: t.nav.users, to: '/brugere' }, { label: t.users.createHeading }]} />
      <h1>{t.users.createHeading}</h1>
      <p className="font-lead">{t.users.createIntro}</p>
      <div className="row">
        <form className="col-12 col-lg-8" onSubmit={submit} noValidate>
          {err ? (
            <ErrorAlert
              error={err}
              idPrefix="create-user"
              fieldLabels={{
                name: t.users.name,
                email: t.users.email,
                role: t.users.role,
                municipalityCode: t.users.municipality,
                institutionId: t.users.institution,
              }}
            />
          ) : null}
          <TextField
            id="create-user-name"
            label={t.users.name}
            value={name}
            onChange={setName}
            required
            autoComplete="off"
            error={fieldError(err, 'name')}
            width="l"
            limit={USER_LIMITS.name}
          />
          <TextField
            id="create-user-email"
            label={t.users.email}
            type="email"
            value={email}
            onChange={setEmail}
            required
            autoComplete="off"
            error={fieldError(err, 'email')}
            width="l"
          />
          <fieldset className="mt-6">
            <legend className="h3">{t.users.firstRole}</legend>
            <AssignmentFields
              idPrefix="create-user"
              value={assignment}
              onChange={setAssignment}
              error={err}
              fieldPrefix="assignment."
            />
          </fieldset>
          <button type="submit" className="button button-primary mt-5" disabled={create.isPending}>
            {create.isPending ? t.common.saving : t.users.create}
          </button>
        </form>
      </div>
    </>
  );
}
