import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextField } from '../../components/fields.js';
import { usePageTitle } from '../../components/page.js';
import { useT } from '../../i18n/i18n.js';
import { useRequestPasswordReset } from './account-api.js';

/**
 * "Glemt adgangskode": the person writes their e-mail and gets the same
 * answer whether it names an account or not; an account gets a one-time link
 * by e-mail (docs/adr/0028-invitations-and-reset.md).
 */
export function ForgotPasswordPage() {
  const t = useT();
  const text = t.account.forgot;
  usePageTitle(text.title);
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const address = email.trim();
    setMissing(!address);
    if (!address) return;
    request.mutate(address, { onSuccess: () => setSentTo(address) });
  };
  const error = request.error;
  const throttled = isApiError(error, 429) && error.retryAfterSeconds ? text.throttled(error.retryAfterSeconds) : null;
  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1>{text.title}</h1>
        {sentTo ? (
          <Alert variant="success" heading={text.sentHeading}>
            <p>{text.sent(sentTo)}</p>
          </Alert>
        ) : (
          <>
            <p className="font-lead">{text.intro}</p>
            {throttled ? <Alert variant="error" heading={throttled} /> : error ? <ErrorAlert error={error} /> : null}
            <form onSubmit={submit} noValidate className="mt-6">
              <TextField
                id="forgot-email"
                label={text.email}
                type="email"
                autoComplete="username"
                value={email}
                onChange={setEmail}
                required
                error={missing ? text.missing : undefined}
              />
              <button type="submit" className="button button-primary mt-5" disabled={request.isPending}>
                {request.isPending ? text.submitting : text.submit}
              </button>
            </form>
          </>
        )}
        <p className="mt-6">
          <Link to="/log-ind">{text.back}</Link>
        </p>
      </div>
    </div>
  );
}
