import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Role, SessionResponse } from '../api/contracts.js';
import { useLogout, useSwitchRole } from '../auth/session.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Icon } from '../components/Icon.js';
import { useCoreT, useI18n } from '../i18n/i18n.js';

/** Switches between Danish and English; the button is written in the language it switches to. */
export function LanguageButton() {
  const { core: t, setLocale } = useI18n();
  const other = t.otherLocale;
  return (
    <button
      type="button"
      className="function-link language-button"
      lang={other.code}
      aria-label={other.label}
      onClick={() => setLocale(other.code === 'en' ? 'en' : 'da')}
    >
      <Icon name="language" />
      {other.name}
    </button>
  );
}

export function LogOutButton() {
  const t = useCoreT();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="function-link log-off"
      disabled={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/log-ind') })}
    >
      <Icon name="lock" />
      {t.header.logOut}
    </button>
  );
}

/** Offered only to users who hold more than one role. */
export function RoleSwitcher({ session, idPrefix }: { session: SessionResponse; idPrefix: string }) {
  const t = useCoreT();
  const [role, setRole] = useState<Role>(session.role);
  const switchRole = useSwitchRole();
  const navigate = useNavigate();
  if (session.roles.length < 2) return null;
  const id = `${idPrefix}-role`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (role === session.role) return;
    switchRole.mutate(role, {
      onSuccess: (next) => void navigate('/', { state: { flash: t.header.roleSwitched(t.roles[next.role]) } }),
    });
  };
  return (
    <form className="role-switcher" onSubmit={submit}>
      <label className="form-label" htmlFor={id}>
        {t.header.switchRole}
      </label>
      <div className="role-switcher-row">
        <select id={id} className="form-select" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {session.roles.map((r) => (
            <option key={r} value={r}>
              {t.roles[r]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-secondary" disabled={switchRole.isPending}>
          {t.header.switchRoleButton}
        </button>
      </div>
      {switchRole.isError ? <ErrorAlert error={switchRole.error} /> : null}
    </form>
  );
}

/** "Navn, Rolle · Kommune" for the header. */
export function userInfo(session: SessionResponse, roleName: string): string {
  const place = session.assignments.find((a) => a.role === session.role);
  const where = place?.institutionName ?? place?.municipalityName ?? session.municipality?.name;
  return where ? `${roleName} · ${where}` : roleName;
}
