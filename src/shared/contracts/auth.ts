import { z } from 'zod';
import { PERMISSIONS } from '../permissions.js';
import { ROLES } from '../roles.js';
import { Password, RoleAssignment } from './users.js';
import { OpaqueKey, Secret } from './text.js';
import { Uuid } from './common.js';

export const LoginRequest = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: Secret(200).min(1),
});

export const RoleAssignmentSummary = RoleAssignment.omit({ id: true });

export const SessionResponse = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  role: z.enum(ROLES),
  roles: z.array(z.enum(ROLES)),
  assignments: z.array(RoleAssignmentSummary),
  municipality: z.object({ code: z.string(), name: z.string() }).nullable(),
  institutionIds: z.array(z.string()),
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
  /** Someone else set the password: until the user has chosen their own, the session can do nothing else. */
  mustChangePassword: z.boolean(),
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const SwitchRoleRequest = z.strictObject({ role: z.enum(ROLES) });

export const ChangePasswordRequest = z.strictObject({
  currentPassword: Secret(200).min(1, 'Skriv din nuværende adgangskode'),
  newPassword: Password,
});

/** "Glemt adgangskode": the answer is the same whether the address names an account or not. */
export const PasswordResetRequest = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
});

/** The token of a one-time link, read from the link's fragment (docs/adr/0028). */
const LinkToken = OpaqueKey(100).min(1);

export const PasswordLinkRequest = z.strictObject({ token: LinkToken });

/** Whose link it is and what for, so the page can greet them before they choose a password. */
export const PasswordLinkResponse = z.object({
  purpose: z.enum(['invitation', 'reset']),
  name: z.string(),
  email: z.string(),
  expiresAt: z.string(),
});

export const SetPasswordRequest = z.strictObject({ token: LinkToken, newPassword: Password });
/** The password is set and every session of the user ended: they log in with it (the e-mail to fill in). */
export const SetPasswordResponse = z.object({ email: z.string() });

/** One of the person's open sessions ("Dine sessioner"). Browser and system are names; the client words them. */
export const OwnSession = z.object({
  id: z.string(),
  current: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  browser: z.string().nullable(),
  system: z.string().nullable(),
  ip: z.string().nullable(),
  role: z.enum(ROLES),
});
export type OwnSession = z.infer<typeof OwnSession>;
export const OwnSessionsResponse = z.object({ items: z.array(OwnSession) });
export const OwnSessionParams = z.strictObject({ id: Uuid });
export const EndedSessionsResponse = z.object({ ended: z.number().int() });
