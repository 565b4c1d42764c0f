import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.js';
import type { AssignRoleRequest, CreateUserRequest, ListUsersResponse, UpdateUserRequest, User } from '../../api/contracts.js';

export interface UserFilter {
  q?: string;
  role?: string;
  municipality?: string;
  page: number;
  pageSize: number;
}

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: ['users', filter],
    queryFn: () => api<ListUsersResponse>('/users', { query: { ...filter } }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({ queryKey: ['user', id], queryFn: () => api<User>(`/users/${encodeURIComponent(id)}`) });
}

/** After a change the server answers with the whole user: keep it, and let lists refetch. */
function useUserMutation<I>(fn: (input: I) => Promise<User>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (user) => {
      queryClient.setQueryData(['user', user.id], user);
      await queryClient.invalidateQueries({ queryKey: ['users'] });
    },
    // Someone else changed the user: fetch the latest version so the next attempt starts from it.
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: ['user'] });
    },
  });
}

export function useCreateUser() {
  return useUserMutation((input: CreateUserRequest) => api<User>('/users', { method: 'POST', body: input }));
}

export function useUpdateUser(id: string) {
  return useUserMutation((input: UpdateUserRequest) => api<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }));
}

export function useAssignRole(id: string) {
  return useUserMutation((input: AssignRoleRequest) =>
    api<User>(`/users/${encodeURIComponent(id)}/assignments`, { method: 'POST', body: input }),
  );
}

export function useRevokeRole(id: string) {
  return useUserMutation((assignmentId: string) =>
    api<User>(`/users/${encodeURIComponent(id)}/assignments/${encodeURIComponent(assignmentId)}`, { method: 'DELETE' }),
  );
}
