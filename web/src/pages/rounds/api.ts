import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { roundEndpoints as E } from '../../../../src/shared/contracts/endpoints/rounds.js';
import type { Round, RoundListItem } from '../../../../src/shared/contracts/rounds.js';
import type { EndpointBody } from '../../../../src/shared/contracts/endpoint.js';
import { call } from '../../api/call.js';
import { isApiError } from '../../api/client.js';
import { useCursorList } from '../../api/cursor-list.js';
import { userQueries } from '../users/api.js';

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

/** Query keys and fetches of rounds; lists start 'rounds', one round 'round'. */
export const roundQueries = {
  all: ['rounds'] as const,
  list: ['rounds', 'list'] as const,
  detail: (id: string) =>
    queryOptions({ queryKey: ['round', id], queryFn: ({ signal }) => call(E.read, { params: { id }, signal }) }),
  /** The newest round in full, or null when there is none. */
  latest: () =>
    queryOptions({
      queryKey: ['rounds', 'latest'],
      queryFn: async ({ signal }) => {
        const [latest] = (await call(E.list, { query: { limit: 1 }, signal })).items;
        return latest ? call(E.read, { params: { id: latest.id }, signal }) : null;
      },
    }),
};

/** The round as the server has it now (after a conflict), without touching the cache. */
export function fetchRound(id: string): Promise<Round> {
  return call(E.read, { params: { id } });
}

/** The rounds the user may see, newest course period first, a page at a time ("Vis flere"). */
export function useRounds() {
  return useCursorList(roundQueries.list, E.list);
}

/** The newest round in full (criteria, requirements, rules), or null when there is none: a new round starts from it. */
export function useLatestRound() {
  return useQuery(roundQueries.latest());
}

export function useRound(id: string) {
  return useQuery(roundQueries.detail(id));
}

/** Users holding the assessor role, to assign to rounds. */
export function useAssessorUsers(enabled: boolean) {
  return useQuery({ ...userQueries.withRole('assessor'), enabled });
}

function useRoundMutation<I>(fn: (input: I) => Promise<Round>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (round) => {
      queryClient.setQueryData(roundQueries.detail(round.id).queryKey, round);
      await queryClient.invalidateQueries({ queryKey: roundQueries.all });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: roundQueries.all });
    },
  });
}

// The form sends what it could not read as a number as typed (round-form.ts), so the
// server's field message names the field: the body is wider than the contract on purpose.
export function useCreateRound() {
  return useRoundMutation((input: RoundBody) => call(E.create, { body: input as EndpointBody<typeof E.create> }));
}

export function useUpdateRound(id: string) {
  return useRoundMutation((input: Partial<RoundBody> & { version: number; confirmed?: boolean }) =>
    call(E.update, { params: { id }, body: input as EndpointBody<typeof E.update> }),
  );
}

export function useSetAssessors(id: string) {
  return useRoundMutation((userIds: string[]) => call(E.setAssessors, { params: { id }, body: { userIds } }));
}
