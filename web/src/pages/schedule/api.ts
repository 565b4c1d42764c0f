import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { scheduleEndpoints as E } from '../../../../src/shared/contracts/endpoints/courses.js';
import { call } from '../../api/call.js';
import { isApiError } from '../../api/client.js';
import { courseQueries } from '../courses/api.js';
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

export type {
  CalendarResponse,
  CourseSchedule,
  CourseScheduleProposal,
  LeftMeeting,
  MoveMeetingResponse,
  RoundScheduleProposal,
  RoundScheduleSettings,
  ScheduleMeetingItem,
};
export type CalendarItem = CalendarResponse['items'][number];
export type HolidayWeek = RoundScheduleSettings['holidayWeeks'][number];

/** Query keys and fetches of the scheduler and the calendar. */
export const scheduleQueries = {
  allCourseSchedules: ['course-schedule'] as const,
  courseSchedule: (courseId: string) =>
    queryOptions({
      queryKey: ['course-schedule', courseId],
      queryFn: ({ signal }) => call(E.course, { params: { id: courseId }, signal }),
    }),
  roundSettings: (roundId: string) =>
    queryOptions({
      queryKey: ['round-schedule-settings', roundId],
      queryFn: ({ signal }) => call(E.roundSettings, { params: { id: roundId }, signal }),
    }),
  allCalendars: ['calendar'] as const,
  calendar: (from: string, to: string, consultantId: string) =>
    queryOptions({
      queryKey: ['calendar', { from, to, consultantId }],
      queryFn: ({ signal }) => call(E.calendar, { query: { from, to, consultantId }, signal }),
    }),
};

export const courseScheduleKey = (courseId: string) => scheduleQueries.courseSchedule(courseId).queryKey;
const roundSettingsKey = (roundId: string) => scheduleQueries.roundSettings(roundId).queryKey;

export function useCourseSchedule(courseId: string) {
  return useQuery(scheduleQueries.courseSchedule(courseId));
}

/** Everything that shows meeting dates is refetched after a change: the course, its schedule, the calendar. */
function useRefreshDates() {
  const queryClient = useQueryClient();
  return async (courseId: string | null) => {
    await Promise.all([
      queryClient.invalidateQueries({
        queryKey: courseId ? courseScheduleKey(courseId) : scheduleQueries.allCourseSchedules,
      }),
      queryClient.invalidateQueries({ queryKey: courseId ? courseQueries.of(courseId) : ['course'] }),
      queryClient.invalidateQueries({ queryKey: scheduleQueries.allCalendars }),
      queryClient.invalidateQueries({ queryKey: courseQueries.all }),
    ]);
  };
}

/** A proposal is asked for on demand (a GET that stores nothing), so it is a mutation, not a cached query. */
export function useCourseProposal(courseId: string) {
  return useMutation({ mutationFn: () => call(E.courseProposal, { params: { id: courseId } }) });
}

export function useApplyCourseProposal(courseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshDates();
  return useMutation({
    mutationFn: (input: { courseVersion: number; meetings: MeetingTime[] }) =>
      call(E.applyCourse, { params: { id: courseId }, body: input }),
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
      call(E.moveMeeting, { params: { id: meetingId }, body: input }),
    // Other meetings' broken rules may change too (a clash goes both ways), so the whole schedule is fetched again.
    onSettled: () => refresh(courseId),
  });
}

export function useRoundScheduleSettings(roundId: string) {
  return useQuery(scheduleQueries.roundSettings(roundId));
}

export function useSaveRoundScheduleSettings(roundId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshDates();
  return useMutation({
    mutationFn: (input: { version: number; holidayWeeks: HolidayWeek[]; maxMeetingsPerConsultantPerDay: number }) =>
      call(E.saveRoundSettings, { params: { id: roundId }, body: input }),
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
  return useMutation({ mutationFn: () => call(E.roundProposal, { params: { id: roundId } }) });
}

export function useApplyRoundProposal(roundId: string) {
  const refresh = useRefreshDates();
  return useMutation({
    mutationFn: (input: { meetings: MeetingTime[] }) => call(E.applyRound, { params: { id: roundId }, body: input }),
    onSettled: () => refresh(null),
  });
}

export function useCalendar(from: string, to: string, consultantId: string) {
  return useQuery(scheduleQueries.calendar(from, to, consultantId));
}
