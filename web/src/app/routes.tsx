import { createBrowserRouter } from 'react-router';
import { agencyRoutes } from '../pages/agency/routes.js';
import { applicationRoutes } from '../pages/applications/routes.js';
import { courseRoutes } from '../pages/courses/routes.js';
import { changeModelRoutes } from '../pages/change-model/routes.js';
import { meetingRoutes } from '../pages/meetings/routes.js';
import { scheduleRoutes } from '../pages/schedule/routes.js';
import { selfAnalysisRoutes } from '../pages/self-analysis/routes.js';
import { ChangePasswordPage } from '../pages/account/ChangePasswordPage.js';
import { AuditPage } from '../pages/audit/AuditPage.js';
import { ChildPage } from '../pages/children/ChildPage.js';
import { ChildrenPage } from '../pages/children/ChildrenPage.js';
import { NotFoundPage } from '../pages/errors/ErrorPages.js';
import { RouteError } from '../pages/errors/RouteError.js';
import { HomePage } from '../pages/home/HomePage.js';
import { InstitutionPage } from '../pages/institutions/InstitutionPage.js';
import { InstitutionsPage } from '../pages/institutions/InstitutionsPage.js';
import { LoginPage } from '../pages/login/LoginPage.js';
import { MunicipalitiesPage } from '../pages/municipalities/MunicipalitiesPage.js';
import { MunicipalityPage } from '../pages/municipalities/MunicipalityPage.js';
import { CreateRoundPage } from '../pages/rounds/CreateRoundPage.js';
import { RoundPage } from '../pages/rounds/RoundPage.js';
import { RoundsPage } from '../pages/rounds/RoundsPage.js';
import { CreateUserPage } from '../pages/users/CreateUserPage.js';
import { UserPage } from '../pages/users/UserPage.js';
import { UsersPage } from '../pages/users/UsersPage.js';
import { RequirePermission, RequireSession } from './guards.js';
import { Layout } from './Layout.js';

/** The addresses are Danish, like the service. Each area is guarded by the permission its API needs. */
export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      children: [
        { path: 'log-ind', element: <LoginPage /> },
        {
          element: <RequireSession />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'adgangskode', element: <ChangePasswordPage /> },
            { path: 'kommuner', element: <MunicipalitiesPage /> },
            { path: 'kommuner/:code', element: <MunicipalityPage /> },
            {
              path: 'dagtilbud',
              element: <RequirePermission permission="institution.read"><InstitutionsPage /></RequirePermission>,
            },
            {
              path: 'dagtilbud/:id',
              element: <RequirePermission permission="institution.read"><InstitutionPage /></RequirePermission>,
            },
            { path: 'boern', element: <RequirePermission permission="child.read"><ChildrenPage /></RequirePermission> },
            { path: 'boern/:id', element: <RequirePermission permission="child.read"><ChildPage /></RequirePermission> },
            { path: 'runder', element: <RequirePermission permission="round.read"><RoundsPage /></RequirePermission> },
            { path: 'runder/ny', element: <RequirePermission permission="round.manage"><CreateRoundPage /></RequirePermission> },
            { path: 'runder/:id', element: <RequirePermission permission="round.read"><RoundPage /></RequirePermission> },
            { path: 'brugere', element: <RequirePermission permission="user.manage"><UsersPage /></RequirePermission> },
            { path: 'brugere/ny', element: <RequirePermission permission="user.manage"><CreateUserPage /></RequirePermission> },
            { path: 'brugere/:id', element: <RequirePermission permission="user.manage"><UserPage /></RequirePermission> },
            { path: 'revisionslog', element: <RequirePermission permission="audit.read"><AuditPage /></RequirePermission> },
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
