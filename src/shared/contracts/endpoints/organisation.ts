import { ListAuditQuery, ListAuditResponse } from '../audit.js';
import {
  CreateChildRequest,
  Child,
  ListChildrenQuery,
  ListChildrenResponse,
  UpdateChildRequest,
  ExportChildrenQuery,
} from '../children.js';
import { endpoint } from '../endpoint.js';
import {
  InstitutionDetail,
  ListInstitutionsQuery,
  ListInstitutionsResponse,
  ListMunicipalitiesQuery,
  ListMunicipalitiesResponse,
  ListRegionsResponse,
  MunicipalityDetail,
} from '../organisation.js';
import {
  AssignRoleRequest,
  CreateUserRequest,
  ListUsersQuery,
  ListUsersResponse,
  UpdateUserRequest,
  User,
} from '../users.js';

/** Reference data, institutions, children, users and the audit log (issues 1–2). */
export const organisationEndpoints = {
  regions: endpoint({ method: 'GET', path: '/regions', response: ListRegionsResponse }),
  municipalities: endpoint({
    method: 'GET',
    path: '/municipalities',
    query: ListMunicipalitiesQuery,
    response: ListMunicipalitiesResponse,
  }),
  municipality: endpoint({ method: 'GET', path: '/municipalities/:code', response: MunicipalityDetail }),
  institutions: endpoint({
    method: 'GET',
    path: '/institutions',
    query: ListInstitutionsQuery,
    response: ListInstitutionsResponse,
  }),
  institution: endpoint({ method: 'GET', path: '/institutions/:id', response: InstitutionDetail }),
};

export const childEndpoints = {
  list: endpoint({ method: 'GET', path: '/children', query: ListChildrenQuery, response: ListChildrenResponse }),
  create: endpoint({ method: 'POST', path: '/children', body: CreateChildRequest, response: Child }),
  exportCsv: endpoint({ method: 'GET', path: '/children/export.csv', query: ExportChildrenQuery, file: true }),
  read: endpoint({ method: 'GET', path: '/children/:id', response: Child }),
  update: endpoint({ method: 'PATCH', path: '/children/:id', body: UpdateChildRequest, response: Child }),
  remove: endpoint({ method: 'DELETE', path: '/children/:id' }),
};

export const userEndpoints = {
  list: endpoint({ method: 'GET', path: '/users', query: ListUsersQuery, response: ListUsersResponse }),
  create: endpoint({ method: 'POST', path: '/users', body: CreateUserRequest, response: User }),
  read: endpoint({ method: 'GET', path: '/users/:id', response: User }),
  update: endpoint({ method: 'PATCH', path: '/users/:id', body: UpdateUserRequest, response: User }),
  sendPasswordLink: endpoint({ method: 'POST', path: '/users/:id/password-link', response: User }),
  assignRole: endpoint({ method: 'POST', path: '/users/:id/assignments', body: AssignRoleRequest, response: User }),
  removeAssignment: endpoint({ method: 'DELETE', path: '/users/:id/assignments/:assignmentId', response: User }),
};

export const auditEndpoints = {
  list: endpoint({ method: 'GET', path: '/audit', query: ListAuditQuery, response: ListAuditResponse }),
};
