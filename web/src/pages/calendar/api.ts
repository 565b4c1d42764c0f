import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, API_BASE } from '../../api/client.js';
import type {
  CalendarFeedStatus,
  ConsultantAbsence,
  CreateCalendarFeedResponse,
  CreateConsultantAbsenceRequest,
  ListConsultantAbsencesResponse,
} from '../../../../src/shared/contracts/calendar.js';

export type { CalendarFeedStatus, ConsultantAbsence, CreateCalendarFeedResponse, CreateConsultantAbsenceRequest };

const FEED_KEY = ['calendar-feed'];
const ABSENCES_KEY = ['consultant-absences'];

/** Whether I have a live calendar subscription (never its address). */
export function useCalendarFeed() {
  return useQuery({ queryKey: FEED_KEY, queryFn: () => api<CalendarFeedStatus>('/calendar/feed') });
}

/** A new secret address; the earlier one stops working. The answer is the only time the address is shown. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<CreateCalendarFeedResponse>('/calendar/feed', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/calendar/feed', { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}

export const ABSENCE_PAGE_SIZE = 10;

export function useAbsences(page: number) {
  return useQuery({
    queryKey: [...ABSENCES_KEY, page],
    queryFn: () => api<ListConsultantAbsencesResponse>('/consultant-absences', { query: { page, pageSize: ABSENCE_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}

export function useAddAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateConsultantAbsenceRequest) => api<ConsultantAbsence>('/consultant-absences', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ABSENCES_KEY }),
  });
}

export function useRemoveAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/consultant-absences/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ABSENCES_KEY }),
  });
}

/** A plain link downloads the invitation: a GET that carries the session cookie. */
export function invitationHref(meetingId: string): string {
  return `${API_BASE}/meetings/${encodeURIComponent(meetingId)}/invitation.ics`;
}
