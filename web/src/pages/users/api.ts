import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { userEndpoints as E } from '../../../../src/shared/contracts/endpoints/organisation.js';
import { call } from '../../api/call.js';
import { isApiError } from '../../api/client.js';
import type { AssignRoleRequest, CreateUserRequest, Role, UpdateUserRequest, User } from '../../api/contracts.js';

export interface UserFilter {
  q?: string;
  role?: string;
  municipality?: string;
  page: number;
  pageSize: number;
}

/** Query keys and fetches of users; lists start 'users', one user 'user'. */
export const userQueries = {
  all: ['users'] as const,
  details: ['user'] as const,
  list: (filter: UserFilter) =>
    queryOptions({
      queryKey: ['users', filter],
      queryFn: ({ signal }) => call(E.list, { query: { ...filter, role: filter.role as Role | undefined }, signal }),
    }),
  /** Everybody holding one role (up to 200), for pickers: assessors on a round, a course's consultant. */
  withRole: (role: Role) =>
    queryOptions({
      queryKey: ['users', { role, pageSize: 200 }],
      queryFn: ({ signal }) => call(E.list, { query: { role, page: 1, pageSize: 200 }, signal }),
    }),
  detail: (id: string) =>
    queryOptions({ queryKey: ['user', id], queryFn: ({ signal }) => call(E.read, { params: { id }, signal }) }),
};

export function useUsers(filter: UserFilter) {
  return useQuery({ ...userQueries.list(filter), placeholderData: keepPreviousData });
}

export function useUser(id: string) {
  return useQuery(userQueries.detail(id));
}

/** After a change the server answers with the whole user: keep it, and let lists refetch. */
function useUserMutation<I>(fn: (input: I) => Promise<User>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (user) => {
      queryClient.setQueryData(userQueries.detail(user.id).queryKey, user);
      await queryClient.invalidateQueries({ queryKey: userQueries.all });
    },
    // Someone else changed the user: fetch the latest version so the next attempt starts from it.
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: userQueries.details });
    },
  });
}

export function useCreateUser() {
  return useUserMutation((input: CreateUserRequest) => call(E.create, { body: input }));
}

export function useUpdateUser(id: string) {
  return useUserMutation((input: UpdateUserRequest) => call(E.update, { params: { id }, body: input }));
}

/** Mails the user a new one-time link to choose a password; the answer shows it as pending. */
export function useSendPasswordLink(id: string) {
  return useUserMutation(() => call(E.sendPasswordLink, { params: { id } }));
}

export function useAssignRole(id: string) {
  return useUserMutation((input: AssignRoleRequest) => call(E.assignRole, { params: { id }, body: input }));
}

export function useRevokeRole(id: string) {
  return useUserMutation((assignmentId: string) => call(E.removeAssignment, { params: { id, assignmentId } }));
}
