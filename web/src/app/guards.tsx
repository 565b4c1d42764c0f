import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '../api/contracts.js';
import { useSessionQuery } from '../auth/session.js';
import { ForbiddenPage } from '../pages/errors/ErrorPages.js';
import { lazyPage } from './lazy-page.js';

const ChangePasswordPage = lazyPage(() => import('../pages/account/ChangePasswordPage.js'), 'ChangePasswordPage');

/**
 * The logged-in part of the app: without a session, go to the login page and
 * come back afterwards. A password someone else set is changed before anything
 * else (the server refuses the rest meanwhile); then the page asked for shows.
 */
export function RequireSession() {
  const { data: session } = useSessionQuery();
  const location = useLocation();
  if (!session) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/log-ind" replace state={{ from }} />;
  }
  if (session.mustChangePassword) return <ChangePasswordPage />;
  return <Outlet />;
}

/** A page for roles with one permission; other roles see the refusal page, not a broken page. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { data: session } = useSessionQuery();
  if (!session?.permissions.includes(permission)) return <ForbiddenPage />;
  return <>{children}</>;
}
