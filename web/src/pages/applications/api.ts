import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.js';
import { useCursorList } from '../../api/cursor-list.js';
import type { ListInstitutionsResponse } from '../../api/contracts.js';
import type { Agreement, AgreementTerms } from '../../../../src/shared/contracts/agreements.js';
import type {
  Application,
  ApplicationConflict,
  ApplicationContent,
  ApplicationInstitution,
  ApplicationListItem,
  ChecklistKey,
  ListApplicationsResponse,
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

const path = (id: string) => `/applications/${encodeURIComponent(id)}`;
export const applicationKey = (id: string) => ['application', id] as const;

/** The applications the user may see, a page at a time ("Vis flere"). */
export function useApplications() {
  return useCursorList<ApplicationListItem>(['applications', 'list'], '/applications');
}

/** The first application of a round the user sees: for a coordinator, the municipality's own (there is at most one). */
export function useRoundApplications(roundId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', { round: roundId, limit: 1 }],
    queryFn: () => api<ListApplicationsResponse>(`/rounds/${encodeURIComponent(roundId)}/applications`, { query: { limit: 1 } }),
    enabled,
  });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: applicationKey(id), queryFn: () => api<Application>(path(id)) });
}

/** The municipality's institutions to choose among (a coordinator sees only their own). */
export function useMunicipalityInstitutions(municipalityCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['institutions', { municipality: municipalityCode, page: 1, pageSize: 200 }],
    queryFn: () => api<ListInstitutionsResponse>('/institutions', { query: { municipality: municipalityCode, page: 1, pageSize: 200 } }),
    enabled,
  });
}

export function useCreateApplication(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Application>(`/rounds/${encodeURIComponent(roundId)}/applications`, { method: 'POST', body: {} }),
    onSuccess: async (app) => {
      queryClient.setQueryData(applicationKey(app.id), app);
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: ['applications'] });
    },
  });
}

export function saveApplication(id: string, version: number, content: ApplicationContent): Promise<Application> {
  return api<Application>(path(id), { method: 'PUT', body: { version, content } });
}

export function submitApplication(id: string, version: number): Promise<Application> {
  return api<Application>(`${path(id)}/submit`, { method: 'POST', body: { version } });
}

export function deleteConflict(id: string, conflictId: string): Promise<void> {
  return api<void>(`${path(id)}/conflicts/${encodeURIComponent(conflictId)}`, { method: 'DELETE' });
}

export function fetchApplication(id: string): Promise<Application> {
  return api<Application>(path(id));
}

/** Addresses of the documents the browser downloads itself. */
export const documentUrl = {
  directorCommitment: (id: string) => `/api/v1${path(id)}/director-commitment`,
  receipt: (id: string) => `/api/v1${path(id)}/receipt.pdf`,
  letterDocx: (id: string) => `/api/v1${path(id)}/decision-letter.docx`,
  letterPdf: (id: string) => `/api/v1${path(id)}/decision-letter.pdf`,
  agreementDocx: (id: string) => `/api/v1${path(id)}/agreement.docx`,
  agreementPdf: (id: string) => `/api/v1${path(id)}/agreement.pdf`,
  agreementSigned: (id: string) => `/api/v1${path(id)}/agreement/signed.pdf`,
};

/** Where an upload goes, relative to the API base. */
export const uploadPath = {
  directorCommitment: (id: string) => `${path(id)}/director-commitment`,
  agreementSigned: (id: string) => `${path(id)}/agreement/signed`,
};

/** 404 and 409 mean "nothing yet" for the decision and the agreement: no point asking again. */
const noRetryOn4xx = (failureCount: number, error: unknown) =>
  failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500);

/** The published decision, or null before publication (409 not_published) or when there is none (404). */
export function useDecision(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['application-decision', id],
    queryFn: async () => {
      try {
        return await api<ApplicationDecision>(`${path(id)}/decision`);
      } catch (err) {
        if (isApiError(err, 409) || isApiError(err, 404)) return null;
        throw err;
      }
    },
    enabled,
    retry: noRetryOn4xx,
  });
}

/** The collaboration agreement, or null when none has been sent (404). */
export function useAgreement(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['application-agreement', id],
    queryFn: async () => {
      try {
        return await api<Agreement>(`${path(id)}/agreement`);
      } catch (err) {
        if (isApiError(err, 404)) return null;
        throw err;
      }
    },
    enabled,
    retry: noRetryOn4xx,
  });
}

export function useSendAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (terms: Partial<AgreementTerms> | undefined) =>
      api<Agreement>(`${path(id)}/agreement`, { method: 'POST', body: terms ? { terms } : {} }),
    onSuccess: (agreement) => queryClient.setQueryData(['application-agreement', id], agreement),
  });
}
