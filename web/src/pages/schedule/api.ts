import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.js';
import type {
  CalendarResponse,
  CourseSchedule,
  CourseScheduleProposal,
  LeftMeeting,
  MeetingTime,
  MoveMeetingRequest,
  MoveMeetingResponse,
  RoundScheduleProposal,
  RoundScheduleSettings,
  ScheduleMeetingItem,
} from '../../../../src/shared/contracts/course-schedule.js';

export type { CalendarResponse, CourseSchedule, CourseScheduleProposal, LeftMeeting, MoveMeetingResponse, RoundScheduleProposal, RoundScheduleSettings, ScheduleMeetingItem };
export type CalendarItem = CalendarResponse['items'][number];
export type HolidayWeek = RoundScheduleSettings['holidayWeeks'][number];

const enc = encodeURIComponent;
export const courseScheduleKey = (courseId: string) => ['course-schedule', courseId] as const;
const roundSettingsKey = (roundId: string) => ['round-schedule-settings', roundId] as const;

export function useCourseSchedule(courseId: string) {
  return useQuery({ queryKey: courseScheduleKey(courseId), queryFn: () => api<CourseSchedule>(`/courses/${enc(courseId)}/schedule`) });
}

/** Everything that shows meeting dates is refetched after a change: the course, its schedule, the calendar. */
function useRefreshDates() {
  const queryClient = useQueryClient();
  return async (courseId: string | null) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: courseId ? courseScheduleKey(courseId) : ['course-schedule'] }),
      queryClient.invalidateQueries({ queryKey: courseId ? ['course', courseId] : ['course'] }),
      queryClient.invalidateQueries({ queryKey: ['calendar'] }),
      queryClient.invalidateQueries({ queryKey: ['courses'] }),
    ]);
  };
}

/** A proposal is asked for on demand (a GET that stores nothing), so it is a mutation, not a cached query. */
export function useCourseProposal(courseId: string) {
  return useMutation({ mutationFn: () => api<CourseScheduleProposal>(`/courses/${enc(courseId)}/schedule/proposal`) });
}

export function useApplyCourseProposal(courseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshDates();
  return useMutation({
    mutationFn: (input: { courseVersion: number; meetings: MeetingTime[] }) =>
      api<CourseSchedule>(`/courses/${enc(courseId)}/schedule/apply`, { method: 'POST', body: input }),
    onSuccess: async (schedule) => {
      queryClient.setQueryData(courseScheduleKey(courseId), schedule);
      await refresh(null);
    },
    onError: async (error) => {
      if (isApiError(error, 409)) await refresh(courseId);
    },
  });
}

export function useMoveMeeting(courseId: string) {
  const refresh = useRefreshDates();
  return useMutation({
    mutationFn: ({ meetingId, ...input }: MoveMeetingRequest & { meetingId: string }) =>
      api<MoveMeetingResponse>(`/meetings/${enc(meetingId)}/schedule`, { method: 'PATCH', body: input }),
    // Other meetings' broken rules may change too (a clash goes both ways), so the whole schedule is fetched again.
    onSettled: () => refresh(courseId),
  });
}

export function useRoundScheduleSettings(roundId: string) {
  return useQuery({ queryKey: roundSettingsKey(roundId), queryFn: () => api<RoundScheduleSettings>(`/rounds/${enc(roundId)}/schedule-settings`) });
}

export function useSaveRoundScheduleSettings(roundId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshDates();
  return useMutation({
    mutationFn: (input: { version: number; holidayWeeks: HolidayWeek[]; maxMeetingsPerConsultantPerDay: number }) =>
      api<RoundScheduleSettings>(`/rounds/${enc(roundId)}/schedule-settings`, { method: 'PUT', body: input }),
    onSuccess: async (settings) => {
      queryClient.setQueryData(roundSettingsKey(roundId), settings);
      await refresh(null);
    },
    onError: async (error) => {
      if (isApiError(error, 409)) await queryClient.invalidateQueries({ queryKey: roundSettingsKey(roundId) });
    },
  });
}

export function useRoundProposal(roundId: string) {
  return useMutation({ mutationFn: () => api<RoundScheduleProposal>(`/rounds/${enc(roundId)}/schedule/proposal`) });
}

export function useApplyRoundProposal(roundId: string) {
  const refresh = useRefreshDates();
  return useMutation({
    mutationFn: (input: { meetings: MeetingTime[] }) =>
      api<{ applied: number; courses: number }>(`/rounds/${enc(roundId)}/schedule/apply`, { method: 'POST', body: input }),
    onSettled: () => refresh(null),
  });
}

export function useCalendar(from: string, to: string, consultantId: string) {
  return useQuery({
    queryKey: ['calendar', { from, to, consultantId }],
    queryFn: () => api<CalendarResponse>('/calendar', { query: { from, to, consultantId } }),
  });
}
