import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { isApiError } from '../../api/client.js';
import { useLoginReason, useLogin, useSessionQuery } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextField } from '../../components/fields.js';
import { usePageTitle } from '../../components/page.js';
import { useCoreT } from '../../i18n/i18n.js';

/** Where to go after logging in: back to the page that sent the user here, if it was one of ours. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/log-ind')
    ? from
    : '/';
}

/** Sent here by "Vælg adgangskode": the password is set, and the e-mail to log in with. */
function passwordSetFor(state: unknown): string | null {
  const s = state as { passwordSet?: unknown; email?: unknown } | null;
  return s?.passwordSet === true && typeof s.email === 'string' ? s.email : null;
}

export function LoginPage() {
  const t = useCoreT();
  usePageTitle(t.login.title);
  const location = useLocation();
  const { data: session } = useSessionQuery();
  const [reason, clearReason] = useLoginReason();
  const login = useLogin();
  const passwordSet = passwordSetFor(location.state);
  const [email, setEmail] = useState(passwordSet ?? '');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  if (session) return <Navigate to={returnPath(location.state)} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    clearReason();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    login.mutate({ email: email.trim(), password });
  };

  const error = login.error;
  const throttled =
    isApiError(error, 429) && error.retryAfterSeconds ? t.login.throttled(error.retryAfterSeconds) : null;
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{t.login.title}</h1>
        <p className="font-lead">{t.login.intro}</p>
        {passwordSet ? <Alert variant="success" heading={t.login.passwordSet} /> : null}
        {reason === 'expired' && !passwordSet ? <Alert variant="warning" heading={t.login.expired} /> : null}
        {reason === 'loggedOut' ? <Alert variant="success" heading={t.login.loggedOut} /> : null}
        {missing ? <Alert variant="error" heading={t.login.missing} /> : null}
        {throttled ? <Alert variant="error" heading={throttled} /> : error ? <ErrorAlert error={error} /> : null}
        <form onSubmit={submit} noValidate className="mt-6">
          <TextField
            id="login-email"
            label={t.login.email}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            required
            error={missing && !email.trim() ? t.login.missing : undefined}
          />
          <TextField
            id="login-password"
            label={t.login.password}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            required
            error={missing && !password ? t.login.missing : undefined}
          />
          <button type="submit" className="button button-primary mt-5" disabled={login.isPending}>
            {login.isPending ? t.login.submitting : t.login.submit}
          </button>
        </form>
        <p className="mt-6">
          <Link to="/glemt-adgangskode">{t.login.forgot}</Link>
        </p>
      </div>
    </div>
  );
}
