import { useState, type FormEvent } from 'react';
import type { User } from '../../api/contracts.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useT } from '../../i18n/i18n.js';
import { useAssignRole, useRevokeRole } from './api.js';
import { AssignmentFields, assignmentBody, useInitialAssignment, type AssignmentValue } from './AssignmentFields.js';

/**
 * The user's roles, each with "Fjern", and a form to add one – only where the
 * viewer may change the account, and no adding to one's own.
 */
export function UserRoles({ user, readOnly, self }: { user: User; readOnly: boolean; self: boolean }) {
  const t = useT();
  const revoke = useRevokeRole(user.id);
  const assign = useAssignRole(user.id);
  const initial = useInitialAssignment();
  const [value, setValue] = useState<AssignmentValue>(initial);
  const [message, setMessage] = useState<string | null>(null);

  const remove = (assignmentId: string, roleName: string) => {
    setMessage(null);
    assign.reset();
    revoke.mutate(assignmentId, { onSuccess: () => setMessage(t.users.removed(roleName)) });
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    revoke.reset();
    assign.mutate(assignmentBody(value), {
      onSuccess: () => {
        setMessage(t.users.roleAdded(t.roles[value.role]));
        setValue(initial);
      },
    });
  };

  return (
    <section aria-labelledby="user-roles-heading" className="mt-8">
      <h2 id="user-roles-heading">{t.users.rolesHeading}</h2>
      {message ? <Alert variant="success" heading={message} /> : null}
      {revoke.error ? <ErrorAlert error={revoke.error} /> : null}
      <table className="table">
        <caption className="sr-only">{t.users.rolesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.users.role}</th>
            <th scope="col">{t.users.scope}</th>
            <th scope="col">
              <span className="sr-only">{t.users.remove}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {user.assignments.map((a) => {
            const roleName = t.roles[a.role];
            const scope = [a.municipalityName, a.institutionName].filter(Boolean).join(' · ') || t.users.wholeCountry;
            return (
              <tr key={a.id}>
                <th scope="row">{roleName}</th>
                <td>{scope}</td>
                <td className="align-text-right">
                  {readOnly ? null : (
                    <button
                      type="button"
                      className="function-link"
                      aria-label={t.users.removeRole(roleName)}
                      onClick={() => remove(a.id, roleName)}
                      disabled={revoke.isPending}
                    >
                      {t.users.remove}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {readOnly || self ? null : (
        <form onSubmit={add} noValidate className="mt-6" aria-labelledby="add-role-heading">
          <h3 id="add-role-heading">{t.users.addRoleHeading}</h3>
          {assign.error ? (
            <ErrorAlert
              error={assign.error}
              idPrefix="add-role"
              fieldLabels={{
                role: t.users.role,
                municipalityCode: t.users.municipality,
                institutionId: t.users.institution,
              }}
            />
          ) : null}
          <AssignmentFields idPrefix="add-role" value={value} onChange={setValue} error={assign.error} />
          <button type="submit" className="button button-secondary mt-3" disabled={assign.isPending}>
            {t.users.addRole}
          </button>
        </form>
      )}
    </section>
  );
}
