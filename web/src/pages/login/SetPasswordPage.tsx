import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client.js';
import { SESSION_KEY } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { usePageTitle } from '../../components/page.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { NewPasswordFields, useNewPassword, type NewPasswordProblems } from '../account/NewPasswordFields.js';
import { usePasswordLink, useSetPasswordByLink } from './account-api.js';

/** The token of a one-time link: in the address's fragment, which the browser never sends to a server. */
function tokenOfLocation(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token') ?? '';
}

/**
 * Where an invitation's or a reset's link leads (`/ny-adgangskode#token=…`).
 * The token is read once and removed from the address bar, so it is not left
 * in the history; it goes to the server only in a JSON body. After the
 * password is set, the person logs in with it (docs/adr/0028).
 */
export function SetPasswordPage() {
  const t = useT();
  const text = t.account.setPassword;
  const [token] = useState(tokenOfLocation);
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  const link = usePasswordLink(token);
  const set = useSetPasswordByLink();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const password = useNewPassword();
  const [local, setLocal] = useState<NewPasswordProblems>({});
  usePageTitle(link.data?.purpose === 'reset' ? text.titleReset : text.titleInvitation);

  const invalid =
    token === '' ||
    isApiError(link.error, 400) ||
    (isApiError(set.error, 400) && set.error.code === 'password_link_invalid');
  if (invalid) {
    return (
      <div className="row">
        <div className="col-12 col-md-8 col-lg-6">
          <h1>{text.titleInvitation}</h1>
          <Alert variant="error" heading={text.invalidHeading}>
            <p>{text.invalidText}</p>
          </Alert>
          <p className="mt-6">
            <Link to="/glemt-adgangskode">{text.askNew}</Link>
          </p>
        </div>
      </div>
    );
  }
  if (!link.data) return link.error ? <ErrorAlert error={link.error} /> : <Loading />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems = password.problems(t);
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    set.mutate(
      { token, newPassword: password.next },
      {
        onSuccess: ({ email }) => {
          // Every session of the person has ended, this browser's too: to the login page with the e-mail filled in.
          void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
          void navigate('/log-ind', { replace: true, state: { passwordSet: true, email } });
        },
      },
    );
  };
  const err = set.error;
  const labels = { newPassword: text.next, repeatPassword: text.repeat };
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{link.data.purpose === 'reset' ? text.titleReset : text.titleInvitation}</h1>
        <p className="font-lead">{text.greeting(link.data.name, link.data.email)}</p>
        <p>{text.validUntil(formatDateTime(t, link.data.expiresAt))}</p>
        {err ? <ErrorAlert error={err} idPrefix="set-password" fieldLabels={labels} /> : null}
        <form onSubmit={submit} noValidate className="mt-6">
          {/* The user name beside the new password, so a password manager saves them together. */}
          <input type="email" name="username" autoComplete="username" value={link.data.email} readOnly hidden />
          <NewPasswordFields idPrefix="set-password" labels={text} password={password} problems={local} error={err} />
          <button type="submit" className="button button-primary mt-5" disabled={set.isPending}>
            {set.isPending ? text.submitting : text.submit}
          </button>
        </form>
      </div>
    </div>
  );
}
