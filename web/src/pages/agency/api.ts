import {
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { agencyEndpoints as E, applicationEndpoints } from '../../../../src/shared/contracts/endpoints/rounds.js';
import { call, endpointUrl } from '../../api/call.js';
import { useCursorList } from '../../api/cursor-list.js';
import { applicationQueries } from '../applications/api.js';
import { roundQueries } from '../rounds/api.js';
import type { Application } from '../../../../src/shared/contracts/applications.js';
import type {
  ApplicationScore,
  AssessmentView,
  ListAssessmentTasksResponse,
  SaveAssessmentRequest,
} from '../../../../src/shared/contracts/assessments.js';
import type {
  DecideRoundRequest,
  ListOutboxResponse,
  OutboxStatus,
  RoundSelectionResponse,
} from '../../../../src/shared/contracts/decisions.js';

export type { Application, ApplicationScore, AssessmentView, RoundSelectionResponse };
export type { Assessment } from '../../../../src/shared/contracts/assessments.js';
export type {
  DecisionPreview,
  LiveApplicant,
  OutboxMessage,
  OutboxStatus,
  RoundDecision,
} from '../../../../src/shared/contracts/decisions.js';
export type { RuleKey } from '../../../../src/shared/contracts/selection.js';
export type AssessmentTask = z.infer<typeof ListAssessmentTasksResponse>['items'][number];
export type AssessmentBody = z.input<typeof SaveAssessmentRequest>;
export type DecisionBody = z.input<typeof DecideRoundRequest>;
export type OutboxPage = z.infer<typeof ListOutboxResponse>;

const OUTBOX_PAGE_SIZE = 25;

/** Query keys and fetches of the agency's pages (assessments, scores, selection, outbox). */
export const agencyQueries = {
  tasks: ['assessments', 'list'] as const,
  /** Every key that holds an assessor's lists. */
  allTasks: ['assessments'] as const,
  assessment: (applicationId: string) =>
    queryOptions({
      queryKey: ['assessment', applicationId],
      queryFn: ({ signal }) => call(E.assessment, { params: { id: applicationId }, signal }),
    }),
  scores: (roundId: string) => ['scores', roundId] as const,
  selection: (roundId: string) =>
    queryOptions({
      queryKey: ['selection', roundId],
      queryFn: ({ signal }) => call(E.selection, { params: { id: roundId }, signal }),
    }),
  allOutbox: ['outbox'] as const,
  outbox: (status: OutboxStatus | undefined) =>
    infiniteQueryOptions({
      queryKey: ['outbox', { status: status ?? null }],
      queryFn: ({ pageParam, signal }) =>
        call(E.outbox, {
          query: {
            limit: OUTBOX_PAGE_SIZE,
            ...(status ? { status } : {}),
            ...(pageParam ? { cursor: pageParam } : {}),
          },
          signal,
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

/** The assessor's worklist: the submitted applications of their rounds. */
export function useAssessmentTasks() {
  return useCursorList(agencyQueries.tasks, E.assessmentTasks);
}

/** A round, once its id is known (shares its cache with the round pages). */
export function useRoundOf(id: string | undefined) {
  return useQuery({ ...roundQueries.detail(id ?? ''), enabled: Boolean(id) });
}

export function useApplication(id: string) {
  return useQuery(applicationQueries.detail(id));
}

/** The caller's own assessment of an application (created on first look), and the others' once it is submitted. */
export function useAssessment(applicationId: string) {
  return useQuery(agencyQueries.assessment(applicationId));
}

function useAssessmentMutation<I>(applicationId: string, fn: (input: I) => Promise<AssessmentView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (view) => {
      queryClient.setQueryData(agencyQueries.assessment(applicationId).queryKey, view);
      await queryClient.invalidateQueries({ queryKey: agencyQueries.allTasks });
    },
  });
}

export function useDeclareConflict(applicationId: string) {
  return useAssessmentMutation(applicationId, (input: { hasConflict: boolean; note: string }) =>
    call(E.declareConflict, { params: { id: applicationId }, body: input }),
  );
}

export function useSaveAssessment(applicationId: string) {
  return useAssessmentMutation(applicationId, (input: AssessmentBody) =>
    call(E.saveAssessment, { params: { id: applicationId }, body: input }),
  );
}

/**
 * Saves the form as it is, then submits that version: what the assessor sees
 * is what is submitted. The save is kept even when the submission is refused.
 */
export function useSubmitAssessment(applicationId: string) {
  const queryClient = useQueryClient();
  return useAssessmentMutation(
    applicationId,
    async ({ body, onSaved }: { body: AssessmentBody; onSaved?: () => void }) => {
      const saved = await call(E.saveAssessment, { params: { id: applicationId }, body });
      queryClient.setQueryData(agencyQueries.assessment(applicationId).queryKey, saved);
      onSaved?.();
      return call(E.submitAssessment, { params: { id: applicationId }, body: { version: saved.own.version } });
    },
  );
}

/** The round's scores, highest total first, a page at a time ("Vis flere"). */
export function useRoundScores(roundId: string) {
  return useCursorList(agencyQueries.scores(roundId), E.scores, { params: { id: roundId } });
}

export function useRoundSelection(roundId: string) {
  return useQuery(agencyQueries.selection(roundId));
}

function useSelectionMutation<I>(roundId: string, fn: (input: I) => Promise<RoundSelectionResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (selection) => {
      queryClient.setQueryData(agencyQueries.selection(roundId).queryKey, selection);
      await queryClient.invalidateQueries({ queryKey: agencyQueries.allOutbox });
    },
  });
}

export function useDecide(roundId: string) {
  return useSelectionMutation(roundId, (input: DecisionBody) =>
    call(E.decide, { params: { id: roundId }, body: input }),
  );
}

export function usePublish(roundId: string) {
  return useSelectionMutation(roundId, (version: number) =>
    call(E.publish, { params: { id: roundId }, body: { version, confirmed: true } }),
  );
}

/** Every letter and e-mail the publication would send, fetched when the admin asks to see them (issue 11, point 3). */
export function useDecisionPreview(roundId: string, version: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['selection', roundId, 'preview', version],
    queryFn: ({ signal }) => call(E.decisionPreview, { params: { id: roundId }, signal }),
    enabled: enabled && version !== undefined,
  });
}

/**
 * The outbox newest first, optionally one status; "Vis flere" fetches the next page
 * from the cursor the server gave with the last one (no page numbers, no total).
 */
export function useOutbox(status: OutboxStatus | undefined) {
  return useInfiniteQuery(agencyQueries.outbox(status));
}

/** "Send igen": a failed e-mail back in the queue; the outbox and the admin's tasks are read again. */
export function useRetryOutboxMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(E.retryOutboxMessage, { params: { id } }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: agencyQueries.allOutbox }),
        client.invalidateQueries({ queryKey: ['me', 'tasks'] }),
      ]);
    },
  });
}

/** Where the browser fetches an application's files. */
export const fileUrls = {
  directorCommitment: (applicationId: string) =>
    endpointUrl(applicationEndpoints.directorCommitment, { params: { id: applicationId } }),
  letter: (applicationId: string, kind: 'pdf' | 'docx') =>
    endpointUrl(kind === 'pdf' ? applicationEndpoints.letterPdf : applicationEndpoints.letterDocx, {
      params: { id: applicationId },
    }),
};
