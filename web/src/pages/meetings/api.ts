import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
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
import type { ListTrialsResponse, LogTrialRequest, Trial, TrialLog, TrialStatus, TrialWithLogs } from '../../../../src/shared/contracts/trials.js';

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

const enc = encodeURIComponent;
const meetingPath = (id: string) => `/meetings/${enc(id)}`;
export const meetingKey = (id: string) => ['meeting', id] as const;
export const courseTrialsKey = (courseId: string) => ['course-trials', courseId] as const;

export function fetchMeeting(id: string): Promise<Meeting> {
  return api<Meeting>(meetingPath(id));
}

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKey(id), queryFn: () => fetchMeeting(id) });
}

/** After a change: the meeting's answer replaces the cache; what the course's other pages show is fetched again. */
function afterMeetingChange(queryClient: QueryClient, meeting: Meeting): Promise<void> {
  queryClient.setQueryData(meetingKey(meeting.id), meeting);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['course', meeting.course.id] }),
    queryClient.invalidateQueries({ queryKey: courseTrialsKey(meeting.course.id) }),
  ]).then(() => undefined);
}

export function useMeetingChanged() {
  const queryClient = useQueryClient();
  return (meeting: Meeting) => afterMeetingChange(queryClient, meeting);
}

export function saveAgenda(id: string, input: { version: number; agenda: string; location: string }): Promise<Meeting> {
  return api<Meeting>(`${meetingPath(id)}/agenda`, { method: 'PUT', body: input });
}

export function saveParticipants(id: string, input: { version: number; participants: ParticipantInput[] }): Promise<Meeting> {
  return api<Meeting>(`${meetingPath(id)}/participants`, { method: 'PUT', body: input });
}

export function saveMinutes(id: string, baseVersion: number, content: MinutesContent): Promise<Meeting> {
  return api<Meeting>(`${meetingPath(id)}/minutes`, { method: 'PUT', body: { baseVersion, ...content } });
}

export function deleteMinutesConflict(id: string, conflictId: string): Promise<void> {
  return api<void>(`${meetingPath(id)}/minutes/conflicts/${enc(conflictId)}`, { method: 'DELETE' });
}

function useMeetingMutation<I>(fn: (input: I) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: (meeting) => afterMeetingChange(queryClient, meeting) });
}

export function useApproveMinutes(id: string) {
  return useMeetingMutation((version: number) => api<Meeting>(`${meetingPath(id)}/minutes/approve`, { method: 'POST', body: { version } }));
}

export function useChangeStatus(id: string) {
  return useMeetingMutation((input: { version: number; status: MeetingStatus }) =>
    api<Meeting>(`${meetingPath(id)}/status`, { method: 'PUT', body: input }),
  );
}

/** Trials: a change refreshes the meeting pages and the course's trial list. */
function useTrialMutation<I>(courseId: string, fn: (input: I) => Promise<TrialWithLogs>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['meeting'] }),
        queryClient.invalidateQueries({ queryKey: ['trial'] }),
        queryClient.invalidateQueries({ queryKey: courseTrialsKey(courseId) }),
        queryClient.invalidateQueries({ queryKey: ['course', courseId] }),
      ]),
  });
}

export function useAgreeTrial(courseId: string, meetingId: string) {
  return useTrialMutation(courseId, (input: { description: string; responsible: string }) =>
    api<TrialWithLogs>(`${meetingPath(meetingId)}/trials`, { method: 'POST', body: input }),
  );
}

export function useLogTrial(courseId: string, trialId: string) {
  return useTrialMutation(courseId, (input: LogTrialRequest) => api<TrialWithLogs>(`/trials/${enc(trialId)}/logs`, { method: 'POST', body: input }));
}

export function useUpdateTrialStatus(courseId: string, trialId: string) {
  return useTrialMutation(courseId, (input: { version: number; status: TrialStatus }) =>
    api<TrialWithLogs>(`/trials/${enc(trialId)}`, { method: 'PATCH', body: input }),
  );
}

export const TRIALS_PAGE_SIZE = 10;

export function useCourseTrials(courseId: string, status: TrialStatus | undefined, page: number) {
  return useQuery({
    queryKey: [...courseTrialsKey(courseId), { status, page }],
    queryFn: () => api<ListTrialsResponse>(`/courses/${enc(courseId)}/trials`, { query: { status, page, pageSize: TRIALS_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}

/** One trial with its logs, fetched when the user opens them. */
export function useTrial(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['trial', id], queryFn: () => api<TrialWithLogs>(`/trials/${enc(id)}`), enabled });
}
