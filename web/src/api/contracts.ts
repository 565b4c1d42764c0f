/**
 * The API's types, taken from the Zod contracts the server validates with
 * (src/shared/contracts). Type-only: no schema code reaches the browser bundle.
 */
import type { z } from 'zod';
import type { AuditEntry, ListAuditResponse } from '../../../src/shared/contracts/audit.js';
import type { SessionResponse, RoleAssignmentSummary } from '../../../src/shared/contracts/auth.js';
import type {
  Child,
  CreateChildRequest,
  ListChildrenResponse,
  UpdateChildRequest,
} from '../../../src/shared/contracts/children.js';
import type { Problem } from '../../../src/shared/contracts/common.js';
import type {
  Group,
  Institution,
  InstitutionDetail,
  ListInstitutionsResponse,
  ListMunicipalitiesResponse,
  ListRegionsResponse,
  Municipality,
  MunicipalityDetail,
  Region,
} from '../../../src/shared/contracts/organisation.js';
import type {
  AssignRoleRequest,
  CreateUserRequest,
  ListUsersResponse,
  RoleAssignment,
  UpdateUserRequest,
  User,
} from '../../../src/shared/contracts/users.js';

export type { Permission } from '../../../src/shared/permissions.js';
export type { InstitutionKind, Role } from '../../../src/shared/roles.js';

export type { AuditEntry, Child, Institution, InstitutionDetail, Problem, SessionResponse, User };
export type ListAuditResponse = z.infer<typeof ListAuditResponse>;
export type AssignmentSummary = z.infer<typeof RoleAssignmentSummary>;
export type ListChildrenResponse = z.infer<typeof ListChildrenResponse>;
export type CreateChildRequest = z.input<typeof CreateChildRequest>;
export type UpdateChildRequest = z.input<typeof UpdateChildRequest>;
export type Group = z.infer<typeof Group>;
export type ListInstitutionsResponse = z.infer<typeof ListInstitutionsResponse>;
export type ListMunicipalitiesResponse = z.infer<typeof ListMunicipalitiesResponse>;
export type ListRegionsResponse = z.infer<typeof ListRegionsResponse>;
export type Municipality = z.infer<typeof Municipality>;
export type MunicipalityDetail = z.infer<typeof MunicipalityDetail>;
export type Region = z.infer<typeof Region>;
export type AssignRoleRequest = z.input<typeof AssignRoleRequest>;
export type CreateUserRequest = z.input<typeof CreateUserRequest>;
export type UpdateUserRequest = z.input<typeof UpdateUserRequest>;
export type ListUsersResponse = z.infer<typeof ListUsersResponse>;
export type RoleAssignment = z.infer<typeof RoleAssignment>;
/** A list's page; `totalCapped` (the children search) says there are more than `total`. */
export type PageMeta = Omit<ListChildrenResponse['page'], 'totalCapped'> & { totalCapped?: boolean };
