import {
  ChangePasswordRequest,
  EndedSessionsResponse,
  LoginRequest,
  OwnSessionsResponse,
  PasswordLinkRequest,
  PasswordLinkResponse,
  PasswordResetRequest,
  SessionResponse,
  SetPasswordRequest,
  SetPasswordResponse,
  SwitchRoleRequest,
} from '../auth.js';
import { OkResponse } from '../common.js';
import { endpoint } from '../endpoint.js';

/** Login, logout and the session (src/server/modules/auth). */
export const authEndpoints = {
  login: endpoint({ method: 'POST', path: '/auth/login', body: LoginRequest, response: SessionResponse }),
  logout: endpoint({ method: 'POST', path: '/auth/logout', response: OkResponse }),
  session: endpoint({ method: 'GET', path: '/session', response: SessionResponse }),
  switchRole: endpoint({ method: 'PUT', path: '/session/role', body: SwitchRoleRequest, response: SessionResponse }),
  changePassword: endpoint({
    method: 'POST',
    path: '/session/password',
    body: ChangePasswordRequest,
    response: SessionResponse,
  }),
  requestPasswordReset: endpoint({
    method: 'POST',
    path: '/auth/password-reset',
    body: PasswordResetRequest,
    response: OkResponse,
  }),
  checkPasswordLink: endpoint({
    method: 'POST',
    path: '/auth/password-link',
    body: PasswordLinkRequest,
    response: PasswordLinkResponse,
  }),
  setPasswordByLink: endpoint({
    method: 'POST',
    path: '/auth/password',
    body: SetPasswordRequest,
    response: SetPasswordResponse,
  }),
  ownSessions: endpoint({ method: 'GET', path: '/session/sessions', response: OwnSessionsResponse }),
  endOwnSession: endpoint({ method: 'DELETE', path: '/session/sessions/:id', response: OkResponse }),
  endOtherOwnSessions: endpoint({ method: 'DELETE', path: '/session/sessions', response: EndedSessionsResponse }),
};
