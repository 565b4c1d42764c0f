import { z } from 'zod';
import { ROLES } from '../roles.js';
import { MunicipalityCode, PageMeta, PageQuery, Text, Uuid, Version } from './common.js';
import { USER_LIMITS } from './field-limits.js';
import { SearchQuery, Secret, tooLong } from './text.js';

export const RoleAssignment = z.object({
  id: z.string(),
  role: z.enum(ROLES),
  municipalityCode: z.string().nullable(),
  municipalityName: z.string().nullable(),
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
});

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  active: z.boolean(),
  version: z.number().int(),
  lastLoginAt: z.string().nullable(),
  /** Someone else set the password: the user must choose their own at next login. */
  mustChangePassword: z.boolean(),
  /** The roles the caller sees: for a coordinator, those of their municipality. */
  assignments: z.array(RoleAssignment),
  /** The account also holds roles the caller does not see (outside their municipality). */
  rolesElsewhere: z.boolean(),
  /** Every role on the account lies within what the caller may grant, so they may change it. */
  manageable: z.boolean(),
  /** The live one-time link to set a password that was sent to the user, if any (docs/adr/0028). */
  pendingLink: z.object({ purpose: z.enum(['invitation', 'reset']), expiresAt: z.string() }).nullable(),
});
export type User = z.infer<typeof User>;

export const ListUsersQuery = PageQuery.extend({
  q: SearchQuery.optional(),
  role: z.enum(ROLES).optional(),
  municipality: MunicipalityCode.optional(),
}).strict();
export const ListUsersResponse = z.object({ items: z.array(User), page: PageMeta });

export const AssignRoleRequest = z.strictObject({
  role: z.enum(ROLES),
  municipalityCode: MunicipalityCode.nullable().optional(),
  institutionId: Uuid.nullable().optional(),
});

export const Password = Secret(200, 'Adgangskoden må højst være på 200 tegn').min(
  12,
  'Adgangskoden skal være på mindst 12 tegn',
);

export const CreateUserRequest = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: Text(USER_LIMITS.name, tooLong('Navnet')),
  assignment: AssignRoleRequest,
});
/** The operator's `indsats create-user` sets a password (from INDSATS_PASSWORD); through the API nobody does. */
export const CreateUserWithPassword = CreateUserRequest.extend({ password: Password });

export const UpdateUserRequest = z.strictObject({
  version: Version,
  name: Text(USER_LIMITS.name, tooLong('Navnet')).optional(),
  active: z.boolean().optional(),
});

export const UserIdParams = z.strictObject({ id: Uuid });
export const AssignmentParams = z.strictObject({ id: Uuid, assignmentId: Uuid });
