import { USER_LIMITS } from '../../../../src/shared/contracts/field-limits.js';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import type { User } from '../../api/contracts.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/form-errors.js';
import { TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { formatDateTime } from '../../i18n/format.js';
import { useSendPasswordLink, useUpdateUser } from './api.js';

/** A 409 on a user says so (the latest version is being fetched); other errors as usual. */
function ConflictOrError({ error }: { error: unknown }) {
  const t = useT();
  if (isApiError(error, 409) && error.code === 'version_conflict')
    return <Alert variant="warning" heading={t.users.conflict} />;
  return <ErrorAlert error={error} idPrefix="user" fieldLabels={{ name: t.users.name }} />;
}

/** The name; sent with the version the page shows. A password is never set here (a link is sent instead). */
export function UserEditForm({ user }: { user: User }) {
  const t = useT();
  const [name, setName] = useState(user.name);
  const [saved, setSaved] = useState(false);
  const update = useUpdateUser(user.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate(
      { version: user.version, ...(name !== user.name ? { name } : {}) },
      { onSuccess: () => setSaved(true) },
    );
  };
  const err = update.error;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="user-edit-heading">
      <h2 id="user-edit-heading">{t.users.editHeading}</h2>
      {saved ? <Alert variant="success" heading={t.users.saved} /> : null}
      {err ? <ConflictOrError error={err} /> : null}
      <TextField
        id="user-name"
        label={t.users.name}
        value={name}
        onChange={setName}
        required
        autoComplete="off"
        error={fieldError(err, 'name')}
        width="l"
        limit={USER_LIMITS.name}
      />
      <button type="submit" className="button button-primary mt-5" disabled={update.isPending}>
        {update.isPending ? t.common.saving : t.common.save}
      </button>
    </form>
  );
}

/**
 * The password: nobody sets another person's. The user is sent a one-time
 * link instead – the invitation again, or a reset once they have logged in –
 * and the page says which link is live until when (docs/adr/0028).
 */
export function UserPasswordLink({ user }: { user: User }) {
  const t = useT();
  const text = t.account.links;
  const send = useSendPasswordLink(user.id);
  const [sent, setSent] = useState(false);
  const link = user.pendingLink;
  return (
    <section aria-labelledby="user-link-heading" className="mt-8">
      <h2 id="user-link-heading">{text.heading}</h2>
      <p>{text.explain}</p>
      {sent ? <Alert variant="success" heading={text.sent(user.email)} /> : null}
      {send.error ? <ErrorAlert error={send.error} /> : null}
      {link ? (
        <p>
          {link.purpose === 'invitation'
            ? text.pendingInvitation(formatDateTime(t, link.expiresAt))
            : text.pendingReset(formatDateTime(t, link.expiresAt))}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-secondary"
        disabled={send.isPending || !user.active}
        onClick={() => send.mutate(undefined, { onSuccess: () => setSent(true) })}
      >
        {send.isPending ? text.sending : user.lastLoginAt ? text.sendReset : text.sendInvitation}
      </button>
    </section>
  );
}

/** Deactivate (the user can no longer log in) or reactivate. */
export function UserStatus({ user }: { user: User }) {
  const t = useT();
  const update = useUpdateUser(user.id);
  const [done, setDone] = useState<string | null>(null);
  const toggle = () =>
    update.mutate(
      { version: user.version, active: !user.active },
      { onSuccess: (u) => setDone(u.active ? t.users.reactivated : t.users.deactivated) },
    );
  return (
    <section aria-labelledby="user-status-heading" className="mt-8">
      <h2 id="user-status-heading">{t.users.statusHeading}</h2>
      {done ? <Alert variant="success" heading={done} /> : null}
      {update.error ? <ConflictOrError error={update.error} /> : null}
      <p>{user.active ? t.users.isActive : t.users.isInactive}</p>
      <button
        type="button"
        className={user.active ? 'button button-secondary' : 'button button-primary'}
        onClick={toggle}
        disabled={update.isPending}
      >
        {user.active ? t.users.deactivate : t.users.reactivate}
      </button>
    </section>
  );
}
