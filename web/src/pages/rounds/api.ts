import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.js';
import { useCursorList } from '../../api/cursor-list.js';
import type { ListUsersResponse } from '../../api/contracts.js';
import type { ListRoundsResponse, Round, RoundListItem } from '../../../../src/shared/contracts/rounds.js';

export type { Round, RoundListItem };
export type RoundText = Round['criteria'][number];
export type BalanceRules = Round['balanceRules'];

/** What a create (or a full edit) sends. */
export interface RoundBody {
  name: string;
  courseStart: string;
  courseEnd: string;
  deadline: string;
  capacity: number | string;
  criteria: RoundText[];
  requirements: RoundText[];
  balanceRules: BalanceRules;
}

/** The rounds the user may see, newest course period first, a page at a time ("Vis flere"). */
export function useRounds() {
  return useCursorList<RoundListItem>(['rounds', 'list'], '/rounds');
}

/** The newest round in full (criteria, requirements, rules), or null when there is none: a new round starts from it. */
export function useLatestRound() {
  return useQuery({
    queryKey: ['rounds', 'latest'],
    queryFn: async () => {
      const [latest] = (await api<ListRoundsResponse>('/rounds', { query: { limit: 1 } })).items;
      return latest ? api<Round>(`/rounds/${encodeURIComponent(latest.id)}`) : null;
    },
  });
}

export function useRound(id: string) {
  return useQuery({ queryKey: ['round', id], queryFn: () => api<Round>(`/rounds/${encodeURIComponent(id)}`) });
}

/** Users holding the assessor role, to assign to rounds. */
export function useAssessorUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users', { role: 'assessor', pageSize: 200 }],
    queryFn: () => api<ListUsersResponse>('/users', { query: { role: 'assessor', page: 1, pageSize: 200 } }),
    enabled,
  });
}

function useRoundMutation<I>(fn: (input: I) => Promise<Round>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (round) => {
      queryClient.setQueryData(['round', round.id], round);
      await queryClient.invalidateQueries({ queryKey: ['rounds'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: ['rounds'] });
    },
  });
}

export function useCreateRound() {
  return useRoundMutation((input: RoundBody) => api<Round>('/rounds', { method: 'POST', body: input }));
}

export function useUpdateRound(id: string) {
  return useRoundMutation((input: Partial<RoundBody> & { version: number }) =>
    api<Round>(`/rounds/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
  );
}

export function useSetAssessors(id: string) {
  return useRoundMutation((userIds: string[]) =>
    api<Round>(`/rounds/${encodeURIComponent(id)}/assessors`, { method: 'PUT', body: { userIds } }),
  );
}
