import { createBrowserRouter } from 'react-router';
import { aboutRoutes } from '../pages/about/routes.js';
import { agencyRoutes } from '../pages/agency/routes.js';
import { applicationRoutes } from '../pages/applications/routes.js';
import { courseRoutes } from '../pages/courses/routes.js';
import { changeModelRoutes } from '../pages/change-model/routes.js';
import { meetingRoutes } from '../pages/meetings/routes.js';
import { scheduleRoutes } from '../pages/schedule/routes.js';
import { selfAnalysisRoutes } from '../pages/self-analysis/routes.js';
import { NotFoundPage } from '../pages/errors/ErrorPages.js';
import { RouteError } from '../pages/errors/RouteError.js';
import { LoginPage } from '../pages/login/LoginPage.js';
import { RequirePermission, RequireSession } from './guards.js';
import { Layout } from './Layout.js';
import { lazyPage } from './lazy-page.js';

const ChangePasswordPage = lazyPage(() => import('../pages/account/ChangePasswordPage.js'), 'ChangePasswordPage');
const SessionsPage = lazyPage(() => import('../pages/account/SessionsPage.js'), 'SessionsPage');
const ForgotPasswordPage = lazyPage(() => import('../pages/login/ForgotPasswordPage.js'), 'ForgotPasswordPage');
const SetPasswordPage = lazyPage(() => import('../pages/login/SetPasswordPage.js'), 'SetPasswordPage');
const AuditPage = lazyPage(() => import('../pages/audit/AuditPage.js'), 'AuditPage');
const ChildPage = lazyPage(() => import('../pages/children/ChildPage.js'), 'ChildPage');
const ChildrenPage = lazyPage(() => import('../pages/children/ChildrenPage.js'), 'ChildrenPage');
const HomePage = lazyPage(() => import('../pages/home/HomePage.js'), 'HomePage');
const InstitutionPage = lazyPage(() => import('../pages/institutions/InstitutionPage.js'), 'InstitutionPage');
const InstitutionsPage = lazyPage(() => import('../pages/institutions/InstitutionsPage.js'), 'InstitutionsPage');
const MunicipalitiesPage = lazyPage(
  () => import('../pages/municipalities/MunicipalitiesPage.js'),
  'MunicipalitiesPage',
);
const MunicipalityPage = lazyPage(() => import('../pages/municipalities/MunicipalityPage.js'), 'MunicipalityPage');
const CreateRoundPage = lazyPage(() => import('../pages/rounds/CreateRoundPage.js'), 'CreateRoundPage');
const RoundPage = lazyPage(() => import('../pages/rounds/RoundPage.js'), 'RoundPage');
const RoundsPage = lazyPage(() => import('../pages/rounds/RoundsPage.js'), 'RoundsPage');
const CreateUserPage = lazyPage(() => import('../pages/users/CreateUserPage.js'), 'CreateUserPage');
const UserPage = lazyPage(() => import('../pages/users/UserPage.js'), 'UserPage');
const UsersPage = lazyPage(() => import('../pages/users/UsersPage.js'), 'UsersPage');

/** The addresses are Danish, like the service. Each area is guarded by the permission its API needs. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { path: 'log-ind', element: <LoginPage /> },
        { path: 'glemt-adgangskode', element: <ForgotPasswordPage /> },
        { path: 'ny-adgangskode', element: <SetPasswordPage /> },
        ...aboutRoutes,
        {
          element: <RequireSession />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'adgangskode', element: <ChangePasswordPage /> },
            { path: 'sessioner', element: <SessionsPage /> },
            { path: 'kommuner', element: <MunicipalitiesPage /> },
            { path: 'kommuner/:code', element: <MunicipalityPage /> },
            {
              path: 'dagtilbud',
              element: (
                <RequirePermission permission="institution.read">
                  <InstitutionsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'dagtilbud/:id',
              element: (
                <RequirePermission permission="institution.read">
                  <InstitutionPage />
                </RequirePermission>
              ),
            },
            {
              path: 'boern',
              element: (
                <RequirePermission permission="child.read">
                  <ChildrenPage />
                </RequirePermission>
              ),
            },
            {
              path: 'boern/:id',
              element: (
                <RequirePermission permission="child.read">
                  <ChildPage />
                </RequirePermission>
              ),
            },
            {
              path: 'runder',
              element: (
                <RequirePermission permission="round.read">
                  <RoundsPage />
                </RequirePermission>
              ),
            },
            {
              path: 'runder/ny',
              element: (
                <RequirePermission permission="round.manage">
                  <CreateRoundPage />
                </RequirePermission>
              ),
            },
            {
              path: 'runder/:id',
              element: (
                <RequirePermission permission="round.read">
                  <RoundPage />
                </RequirePermission>
              ),
            },
            {
              path: 'brugere',
              element: (
                <RequirePermission permission="user.manage">
                  <UsersPage />
                </RequirePermission>
              ),
            },
            {
              path: 'brugere/ny',
              element: (
                <RequirePermission permission="user.manage">
                  <CreateUserPage />
                </RequirePermission>
              ),
            },
            {
              path: 'brugere/:id',
              element: (
                <RequirePermission permission="user.manage">
                  <UserPage />
                </RequirePermission>
              ),
            },
            {
              path: 'revisionslog',
              element: (
                <RequirePermission permission="audit.read">
                  <AuditPage />
                </RequirePermission>
              ),
            },
            ...applicationRoutes,
            ...agencyRoutes,
            ...courseRoutes,
            ...scheduleRoutes,
            ...meetingRoutes,
            ...selfAnalysisRoutes,
            ...changeModelRoutes,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
