import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { applicationEndpoints as E } from '../../../../src/shared/contracts/endpoints/rounds.js';
import { organisationEndpoints } from '../../../../src/shared/contracts/endpoints/organisation.js';
import { call, endpointPath, endpointUrl } from '../../api/call.js';
import { isApiError } from '../../api/client.js';
import { useCursorList } from '../../api/cursor-list.js';
import type { Agreement, AgreementTerms } from '../../../../src/shared/contracts/agreements.js';
import type {
  Application,
  ApplicationConflict,
  ApplicationContent,
  ApplicationInstitution,
  ApplicationListItem,
  ChecklistKey,
  Outcome,
  StoredFile,
} from '../../../../src/shared/contracts/applications.js';
import type { ApplicationDecision } from '../../../../src/shared/contracts/decisions.js';

export type {
  Agreement,
  AgreementTerms,
  Application,
  ApplicationConflict,
  ApplicationContent,
  ApplicationDecision,
  ApplicationInstitution,
  ApplicationListItem,
  ChecklistKey,
  Outcome,
  StoredFile,
};

/**
 * Query keys and fetches of applications: lists start 'applications', one
 * application ['application', id] (shared with the agency's pages).
 */
export const applicationQueries = {
  all: ['applications'] as const,
  list: ['applications', 'list'] as const,
  detail: (id: string) =>
    queryOptions({ queryKey: ['application', id], queryFn: ({ signal }) => call(E.read, { params: { id }, signal }) }),
  /** The first application of a round the user sees. */
  firstInRound: (roundId: string) =>
    queryOptions({
      queryKey: ['applications', { round: roundId, limit: 1 }],
      queryFn: ({ signal }) => call(E.listInRound, { params: { id: roundId }, query: { limit: 1 }, signal }),
    }),
  institutions: (municipalityCode: string) =>
    queryOptions({
      queryKey: ['institutions', { municipality: municipalityCode, page: 1, pageSize: 200 }],
      queryFn: ({ signal }) =>
        call(organisationEndpoints.institutions, {
          query: { municipality: municipalityCode, page: 1, pageSize: 200 },
          signal,
        }),
    }),
  decision: (id: string) =>
    queryOptions({
      queryKey: ['application-decision', id],
      queryFn: async ({ signal }) => {
        try {
          return await call(E.decision, { params: { id }, signal });
        } catch (err) {
          if (isApiError(err, 409) || isApiError(err, 404)) return null;
          throw err;
        }
      },
    }),
  agreement: (id: string) =>
    queryOptions({
      queryKey: ['application-agreement', id],
      queryFn: async ({ signal }) => {
        try {
          return await call(E.agreement, { params: { id }, signal });
        } catch (err) {
          if (isApiError(err, 404)) return null;
          throw err;
        }
      },
    }),
};

export const applicationKey = (id: string) => applicationQueries.detail(id).queryKey;

/** The applications the user may see, a page at a time ("Vis flere"). */
export function useApplications() {
  return useCursorList(applicationQueries.list, E.list);
}

/** The first application of a round the user sees: for a coordinator, the municipality's own (there is at most one). */
export function useRoundApplications(roundId: string, enabled: boolean) {
  return useQuery({ ...applicationQueries.firstInRound(roundId), enabled });
}

export function useApplication(id: string) {
  return useQuery(applicationQueries.detail(id));
}

/** The municipality's institutions to choose among (a coordinator sees only their own). */
export function useMunicipalityInstitutions(municipalityCode: string, enabled: boolean) {
  return useQuery({ ...applicationQueries.institutions(municipalityCode), enabled });
}

export function useCreateApplication(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(E.create, { params: { id: roundId }, body: {} }),
    onSuccess: async (app) => {
      queryClient.setQueryData(applicationKey(app.id), app);
      await queryClient.invalidateQueries({ queryKey: applicationQueries.all });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: applicationQueries.all });
    },
  });
}

export function saveApplication(id: string, version: number, content: ApplicationContent): Promise<Application> {
  return call(E.save, { params: { id }, body: { version, content } });
}

export function submitApplication(id: string, version: number): Promise<Application> {
  return call(E.submit, { params: { id }, body: { version } });
}

export function deleteConflict(id: string, conflictId: string): Promise<void> {
  return call(E.dismissConflict, { params: { id, conflictId } });
}

export function fetchApplication(id: string): Promise<Application> {
  return call(E.read, { params: { id } });
}

/** Addresses of the documents the browser downloads itself. */
export const documentUrl = {
  directorCommitment: (id: string) => endpointUrl(E.directorCommitment, { params: { id } }),
  receipt: (id: string) => endpointUrl(E.receipt, { params: { id } }),
  letterDocx: (id: string) => endpointUrl(E.letterDocx, { params: { id } }),
  letterPdf: (id: string) => endpointUrl(E.letterPdf, { params: { id } }),
  agreementDocx: (id: string) => endpointUrl(E.agreementDocx, { params: { id } }),
  agreementPdf: (id: string) => endpointUrl(E.agreementPdf, { params: { id } }),
  agreementSigned: (id: string) => endpointUrl(E.agreementSigned, { params: { id } }),
};

/** Where an upload goes, relative to the API base. */
export const uploadPath = {
  directorCommitment: (id: string) => endpointPath(E.uploadDirectorCommitment, { id }),
  agreementSigned: (id: string) => endpointPath(E.uploadAgreementSigned, { id }),
};

/** 404 and 409 mean "nothing yet" for the decision and the agreement: no point asking again. */
const noRetryOn4xx = (failureCount: number, error: unknown) =>
  failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500);

/** The published decision, or null before publication (409 not_published) or when there is none (404). */
export function useDecision(id: string, enabled: boolean) {
  return useQuery({ ...applicationQueries.decision(id), enabled, retry: noRetryOn4xx });
}

/** The collaboration agreement, or null when none has been sent (404). */
export function useAgreement(id: string, enabled: boolean) {
  return useQuery({ ...applicationQueries.agreement(id), enabled, retry: noRetryOn4xx });
}

export function useSendAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (terms: Partial<AgreementTerms> | undefined) =>
      call(E.sendAgreement, { params: { id }, body: terms ? { terms, confirmed: true } : { confirmed: true } }),
    onSuccess: (agreement) => queryClient.setQueryData(applicationQueries.agreement(id).queryKey, agreement),
  });
}

/** The agreement as "Send" would send it, stored nowhere: read before confirming (issue 11, point 4). */
export function usePreviewAgreement(id: string) {
  return useMutation({
    mutationFn: (terms: Partial<AgreementTerms> | undefined) =>
      call(E.previewAgreement, { params: { id }, body: terms ? { terms } : {} }),
  });
}
