import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarEndpoints as E } from '../../../../src/shared/contracts/endpoints/courses.js';
import { call, endpointUrl } from '../../api/call.js';
import type {
  CalendarFeedStatus,
  ConsultantAbsence,
  CreateCalendarFeedResponse,
  CreateConsultantAbsenceRequest,
} from '../../../../src/shared/contracts/calendar.js';

export type { CalendarFeedStatus, ConsultantAbsence, CreateCalendarFeedResponse, CreateConsultantAbsenceRequest };

export const ABSENCE_PAGE_SIZE = 10;

/** Query keys and fetches of the calendar feed and absences. */
export const calendarQueries = {
  feed: () => queryOptions({ queryKey: ['calendar-feed'], queryFn: ({ signal }) => call(E.feed, { signal }) }),
  allAbsences: ['consultant-absences'] as const,
  absences: (page: number) =>
    queryOptions({
      queryKey: ['consultant-absences', page],
      queryFn: ({ signal }) => call(E.absences, { query: { page, pageSize: ABSENCE_PAGE_SIZE }, signal }),
    }),
};
const FEED_KEY = calendarQueries.feed().queryKey;
const ABSENCES_KEY = calendarQueries.allAbsences;

/** Whether I have a live calendar subscription (never its address). */
export function useCalendarFeed() {
  return useQuery(calendarQueries.feed());
}

/** A new secret address; the earlier one stops working. The answer is the only time the address is shown. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(E.createFeed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(E.deleteFeed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FEED_KEY }),
  });
}

export function useAbsences(page: number) {
  return useQuery({ ...calendarQueries.absences(page), placeholderData: keepPreviousData });
}

export function useAddAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateConsultantAbsenceRequest) => call(E.addAbsence, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ABSENCES_KEY }),
  });
}

export function useRemoveAbsence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(E.removeAbsence, { params: { id } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ABSENCES_KEY }),
  });
}

/** A plain link downloads the invitation: a GET that carries the session cookie. */
export function invitationHref(meetingId: string): string {
  return endpointUrl(E.invitation, { params: { id: meetingId } });
}
