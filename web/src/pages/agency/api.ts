import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client.js';
import { useCursorList } from '../../api/cursor-list.js';
import type { Application } from '../../../../src/shared/contracts/applications.js';
import type { Round } from '../../../../src/shared/contracts/rounds.js';
import type {
  ApplicationScore,
  AssessmentView,
  ListAssessmentTasksResponse,
  SaveAssessmentRequest,
} from '../../../../src/shared/contracts/assessments.js';
import type { DecideRoundRequest, ListOutboxResponse, RoundSelectionResponse } from '../../../../src/shared/contracts/decisions.js';

export type { Application, ApplicationScore, AssessmentView, RoundSelectionResponse };
export type { Assessment } from '../../../../src/shared/contracts/assessments.js';
export type { LiveApplicant, OutboxMessage, RoundDecision } from '../../../../src/shared/contracts/decisions.js';
export type { RuleKey } from '../../../../src/shared/contracts/selection.js';
export type AssessmentTask = z.infer<typeof ListAssessmentTasksResponse>['items'][number];
export type AssessmentBody = z.input<typeof SaveAssessmentRequest>;
export type DecisionBody = z.input<typeof DecideRoundRequest>;
export type OutboxPage = z.infer<typeof ListOutboxResponse>;

const app = (id: string) => `/applications/${encodeURIComponent(id)}`;
const round = (id: string) => `/rounds/${encodeURIComponent(id)}`;

/** The assessor's worklist: the submitted applications of their rounds. */
export function useAssessmentTasks() {
  return useCursorList<AssessmentTask>(['assessments', 'list'], '/assessments');
}

/** A round, once its id is known (shares its cache with the round pages). */
export function useRoundOf(id: string | undefined) {
  return useQuery({ queryKey: ['round', id], queryFn: () => api<Round>(round(id ?? '')), enabled: Boolean(id) });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: ['application', id], queryFn: () => api<Application>(app(id)) });
}

/** The caller's own assessment of an application (created on first look), and the others' once it is submitted. */
export function useAssessment(applicationId: string) {
  return useQuery({ queryKey: ['assessment', applicationId], queryFn: () => api<AssessmentView>(`${app(applicationId)}/assessment`) });
}

function useAssessmentMutation<I>(applicationId: string, fn: (input: I) => Promise<AssessmentView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (view) => {
      queryClient.setQueryData(['assessment', applicationId], view);
      await queryClient.invalidateQueries({ queryKey: ['assessments'] });
    },
  });
}

export function useDeclareConflict(applicationId: string) {
  return useAssessmentMutation(applicationId, (input: { hasConflict: boolean; note: string }) =>
    api<AssessmentView>(`${app(applicationId)}/assessment/conflict`, { method: 'PUT', body: input }),
  );
}

export function useSaveAssessment(applicationId: string) {
  return useAssessmentMutation(applicationId, (input: AssessmentBody) =>
    api<AssessmentView>(`${app(applicationId)}/assessment`, { method: 'PUT', body: input }),
  );
}

/**
 * Saves the form as it is, then submits that version: what the assessor sees
 * is what is submitted. The save is kept even when the submission is refused.
 */
export function useSubmitAssessment(applicationId: string) {
  const queryClient = useQueryClient();
  return useAssessmentMutation(applicationId, async ({ body, onSaved }: { body: AssessmentBody; onSaved?: () => void }) => {
    const saved = await api<AssessmentView>(`${app(applicationId)}/assessment`, { method: 'PUT', body });
    queryClient.setQueryData(['assessment', applicationId], saved);
    onSaved?.();
    return api<AssessmentView>(`${app(applicationId)}/assessment/submit`, { method: 'POST', body: { version: saved.own.version } });
  });
}

/** The round's scores, highest total first, a page at a time ("Vis flere"). */
export function useRoundScores(roundId: string) {
  return useCursorList<ApplicationScore>(['scores', roundId], `${round(roundId)}/scores`);
}

export function useRoundSelection(roundId: string) {
  return useQuery({ queryKey: ['selection', roundId], queryFn: () => api<RoundSelectionResponse>(`${round(roundId)}/selection`) });
}

function useSelectionMutation<I>(roundId: string, fn: (input: I) => Promise<RoundSelectionResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (selection) => {
      queryClient.setQueryData(['selection', roundId], selection);
      await queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
  });
}

export function useDecide(roundId: string) {
  return useSelectionMutation(roundId, (input: DecisionBody) => api<RoundSelectionResponse>(`${round(roundId)}/decision`, { method: 'PUT', body: input }));
}

export function usePublish(roundId: string) {
  return useSelectionMutation(roundId, (version: number) =>
    api<RoundSelectionResponse>(`${round(roundId)}/decision/publish`, { method: 'POST', body: { version } }),
  );
}

/** One page of the outbox, in the shape the shared paged list expects. */
export function useOutbox(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['outbox', { page, pageSize }],
    queryFn: async () => {
      const res = await api<OutboxPage>('/outbox', { query: { page, pageSize } });
      return { items: res.items, page: res.meta, smtpConfigured: res.smtpConfigured };
    },
    placeholderData: keepPreviousData,
  });
}

/** Where the browser fetches an application's files. */
export const fileUrls = {
  directorCommitment: (applicationId: string) => `/api/v1${app(applicationId)}/director-commitment`,
  letter: (applicationId: string, kind: 'pdf' | 'docx') => `/api/v1${app(applicationId)}/decision-letter.${kind}`,
};
