import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '../api/contracts.js';
import { useSessionQuery } from '../auth/session.js';
import { ForbiddenPage } from '../pages/errors/ErrorPages.js';

/** The logged-in part of the app: without a session, go to the login page and come back afterwards. */
export function RequireSession() {
  const { data: session } = useSessionQuery();
  const location = useLocation();
  if (!session) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/log-ind" replace state={{ from }} />;
  }
  return <Outlet />;
}

/** A page for roles with one permission; other roles see the refusal page, not a broken page. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { data: session } = useSessionQuery();
  if (!session?.permissions.includes(permission)) return <ForbiddenPage />;
  return <>{children}</>;
}
