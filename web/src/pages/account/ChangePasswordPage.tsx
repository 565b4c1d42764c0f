import { useState, type FormEvent } from 'react';
import { useChangePassword, useSession } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/form-errors.js';
import { TextField } from '../../components/fields.js';
import { usePageTitle } from '../../components/page.js';
import { useT } from '../../i18n/i18n.js';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields.js';
import { NotificationSettings } from './NotificationSettings.js';

/**
 * The person's own password: current and new. When someone else set it, the
 * app shows this page instead of any other until it is changed (the server
 * refuses everything else meanwhile, docs/adr/0011-account-management.md).
 */
type Field = 'currentPassword' | 'newPassword' | 'repeatPassword';

export function ChangePasswordPage() {
  const t = useT();
  const text = t.account.changePassword;
  usePageTitle(text.title);
  const session = useSession();
  const forced = session.mustChangePassword;
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const password = useNewPassword();
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const [done, setDone] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const problems = {
      ...(current ? {} : { currentPassword: text.missing }),
      ...password.problems(t),
    };
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword: password.next },
      {
        onSuccess: () => {
          setCurrent('');
          password.clear();
          setDone(true);
        },
      },
    );
  };

  const err = change.error;
  const hasLocal = Object.keys(local).length > 0;
  const labels: Record<Field, string> = {
    currentPassword: text.current,
    newPassword: text.next,
    repeatPassword: text.repeat,
  };
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{text.title}</h1>
        <p className="font-lead">{forced ? text.forcedIntro : text.intro}</p>
        {done ? <Alert variant="success" heading={text.done} /> : null}
        {hasLocal ? (
          <Alert variant="error" heading={text.errorHeading}>
            <ul className="error-summary-list">
              {(Object.keys(labels) as Field[]).flatMap((k) =>
                local[k]
                  ? [
                      <li key={k}>
                        <a href={`#password-${k}`}>{`${labels[k]}: ${local[k]}`}</a>
                      </li>,
                    ]
                  : [],
              )}
            </ul>
          </Alert>
        ) : err ? (
          <ErrorAlert error={err} idPrefix="password" fieldLabels={labels} />
        ) : null}
        <form onSubmit={submit} noValidate className="mt-6">
          <TextField
            id="password-currentPassword"
            label={text.current}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={setCurrent}
            required
            error={local.currentPassword ?? fieldError(err, 'currentPassword')}
          />
          <NewPasswordFields idPrefix="password" labels={text} password={password} problems={local} error={err} />
          <button type="submit" className="button button-primary mt-5" disabled={change.isPending}>
            {change.isPending ? text.submitting : text.submit}
          </button>
        </form>
        {forced ? null : <NotificationSettings />}
      </div>
    </div>
  );
}
