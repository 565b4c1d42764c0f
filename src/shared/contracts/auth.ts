import { z } from 'zod';
import { PERMISSIONS } from '../permissions.js';
import { ROLES } from '../roles.js';
import { Password, RoleAssignment } from './users.js';
import { Secret } from './text.js';

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
