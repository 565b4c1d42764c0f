import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { meetingEndpoints as E } from '../../../../src/shared/contracts/endpoints/courses.js';
import { call } from '../../api/call.js';
import { courseQueries } from '../courses/api.js';
import type {
  InvitableUser,
  KeptMinutes,
  Meeting,
  MeetingParticipant,
  MeetingStatus,
  MinutesContent,
  ParticipantInput,
  ParticipantRole,
  RoleHours,
} from '../../../../src/shared/contracts/meetings.js';
import type {
  ListTrialsResponse,
  LogTrialRequest,
  Trial,
  TrialLog,
  TrialStatus,
  TrialWithLogs,
} from '../../../../src/shared/contracts/trials.js';

export type {
  InvitableUser,
  KeptMinutes,
  ListTrialsResponse,
  LogTrialRequest,
  Meeting,
  MeetingParticipant,
  MeetingStatus,
  MinutesContent,
  ParticipantInput,
  ParticipantRole,
  RoleHours,
  Trial,
  TrialLog,
  TrialStatus,
  TrialWithLogs,
};

export const TRIALS_PAGE_SIZE = 10;

/** Query keys and fetches of meetings and trials. */
export const meetingQueries = {
  allMeetings: ['meeting'] as const,
  detail: (id: string) =>
    queryOptions({ queryKey: ['meeting', id], queryFn: ({ signal }) => call(E.read, { params: { id }, signal }) }),
  /** Every page of one course's trial list. */
  courseTrials: (courseId: string) => ['course-trials', courseId] as const,
  courseTrialsPage: (courseId: string, status: TrialStatus | undefined, page: number) =>
    queryOptions({
      queryKey: ['course-trials', courseId, { status, page }],
      queryFn: ({ signal }) =>
        call(E.courseTrials, { params: { id: courseId }, query: { status, page, pageSize: TRIALS_PAGE_SIZE }, signal }),
    }),
  allTrials: ['trial'] as const,
  trial: (id: string) =>
    queryOptions({ queryKey: ['trial', id], queryFn: ({ signal }) => call(E.trial, { params: { id }, signal }) }),
};

export const meetingKey = (id: string) => meetingQueries.detail(id).queryKey;
export const courseTrialsKey = meetingQueries.courseTrials;

export function fetchMeeting(id: string): Promise<Meeting> {
  return call(E.read, { params: { id } });
}

export function useMeeting(id: string) {
  return useQuery(meetingQueries.detail(id));
}

/** After a change: the meeting's answer replaces the cache; what the course's other pages show is fetched again. */
function afterMeetingChange(queryClient: QueryClient, meeting: Meeting): Promise<void> {
  queryClient.setQueryData(meetingKey(meeting.id), meeting);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: courseQueries.of(meeting.course.id) }),
    queryClient.invalidateQueries({ queryKey: courseTrialsKey(meeting.course.id) }),
  ]).then(() => undefined);
}

export function useMeetingChanged() {
  const queryClient = useQueryClient();
  return (meeting: Meeting) => afterMeetingChange(queryClient, meeting);
}

export function saveAgenda(id: string, input: { version: number; agenda: string; location: string }): Promise<Meeting> {
  return call(E.saveAgenda, { params: { id }, body: input });
}

export function saveParticipants(
  id: string,
  input: { version: number; participants: ParticipantInput[] },
): Promise<Meeting> {
  return call(E.saveParticipants, { params: { id }, body: input });
}

export function saveMinutes(id: string, baseVersion: number, content: MinutesContent): Promise<Meeting> {
  return call(E.saveMinutes, { params: { id }, body: { baseVersion, ...content } });
}

export function deleteMinutesConflict(id: string, conflictId: string): Promise<void> {
  return call(E.dismissMinutesConflict, { params: { id, conflictId } });
}

function useMeetingMutation<I>(fn: (input: I) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (meeting) => afterMeetingChange(queryClient, meeting) });
}

export function useApproveMinutes(id: string) {
  return useMeetingMutation((version: number) => call(E.approveMinutes, { params: { id }, body: { version } }));
}

export function useChangeStatus(id: string) {
  return useMeetingMutation((input: { version: number; status: MeetingStatus; confirmed?: boolean }) =>
    call(E.changeStatus, { params: { id }, body: input }),
  );
}

/** Trials: a change refreshes the meeting pages and the course's trial list. */
function useTrialMutation<I>(courseId: string, fn: (input: I) => Promise<TrialWithLogs>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingQueries.allMeetings }),
        queryClient.invalidateQueries({ queryKey: meetingQueries.allTrials }),
        queryClient.invalidateQueries({ queryKey: courseTrialsKey(courseId) }),
        queryClient.invalidateQueries({ queryKey: courseQueries.of(courseId) }),
      ]),
  });
}

export function useAgreeTrial(courseId: string, meetingId: string) {
  return useTrialMutation(courseId, (input: { description: string; responsible: string }) =>
    call(E.agreeTrial, { params: { id: meetingId }, body: input }),
  );
}

export function useLogTrial(courseId: string, trialId: string) {
  return useTrialMutation(courseId, (input: LogTrialRequest) =>
    call(E.logTrial, { params: { id: trialId }, body: input }),
  );
}

export function useUpdateTrialStatus(courseId: string, trialId: string) {
  return useTrialMutation(courseId, (input: { version: number; status: TrialStatus }) =>
    call(E.updateTrial, { params: { id: trialId }, body: input }),
  );
}

export function useCourseTrials(courseId: string, status: TrialStatus | undefined, page: number) {
  return useQuery({ ...meetingQueries.courseTrialsPage(courseId, status, page), placeholderData: keepPreviousData });
}

/** One trial with its logs, fetched when the user opens them. */
export function useTrial(id: string, enabled: boolean) {
  return useQuery({ ...meetingQueries.trial(id), enabled });
}
