import { useParams } from 'react-router';
import { useSession } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { Flash } from '../../components/Flash.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { useUser } from './api.js';
import { UserEditForm, UserPasswordLink, UserStatus } from './UserEditForm.js';
import { UserRoles } from './UserRoles.js';

/**
 * One user: name, a link to choose a password, active or not, and roles. Only an account whose
 * every role the viewer may grant can be changed (\`manageable\`); one with roles
 * outside the viewer's municipality says so (ADR 11).
 */
export function UserPage() {
  const t = useT();
  const session = useSession();
  const { id = '' } = useParams();
  const query = useUser(id);
  const user = query.data;
  usePageTitle(user?.name, t.users.title);
  if (!user) return <QueryStatus query={query} />;
  const self = user.id === session.user.id;
  return (
    <>
      <Breadcrumbs items={[{ label: t.nav.users, to: '/brugere' }, { label: user.name }]} />
      <Flash />
      <h1>{user.name}</h1>
      <dl className="facts">
        <dt>{t.users.email}</dt>
        <dd>{user.email}</dd>
        <dt>{t.users.status}</dt>
        <dd>{user.active ? t.users.active : t.users.inactive}</dd>
        <dt>{t.users.lastLogin}</dt>
        <dd>{user.lastLoginAt ? formatDateTime(t, user.lastLoginAt) : t.users.never}</dd>
      </dl>
      {user.mustChangePassword ? <p>{t.account.reach.mustChangePassword}</p> : null}
      {user.rolesElsewhere ? <p className="weight-semibold">{t.account.reach.rolesElsewhere}</p> : null}
      {!user.manageable ? <Alert variant="info" heading={t.account.reach.outOfReach} /> : null}
      {self ? <Alert variant="info" heading={t.account.reach.ownAccount} /> : null}
      <div className="row mt-6">
        {user.manageable ? (
          <div className="col-12 col-lg-7">
            <UserEditForm user={user} />
            {self ? null : <UserPasswordLink user={user} />}
            {self ? null : <UserStatus user={user} />}
          </div>
        ) : null}
        <div className="col-12 col-lg-5">
          <UserRoles user={user} readOnly={!user.manageable} self={self} />
        </div>
      </div>
    </>
  );
}
