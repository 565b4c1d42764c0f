import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../api/client.js';
import { useCursorList } from '../../api/cursor-list.js';
import type { ListInstitutionsResponse, ListUsersResponse } from '../../api/contracts.js';
import type { Course, CourseListItem, CourseMeeting, CoursePlan, MeetingKind } from '../../../../src/shared/contracts/courses.js';

export type { Course, CourseListItem, CourseMeeting, CoursePlan, MeetingKind };

const path = (id: string) => `/courses/${encodeURIComponent(id)}`;
export const courseKey = (id: string) => ['course', id] as const;

/** The courses the user may see, a page at a time ("Vis flere"). */
export function useCourses() {
  return useCursorList<CourseListItem>(['courses', 'list'], '/courses');
}

export function useCourse(id: string) {
  return useQuery({ queryKey: courseKey(id), queryFn: () => api<Course>(path(id)) });
}

/** Users holding the consultant role, for the admin to choose among. */
export function useConsultantUsers(enabled: boolean) {
  return useQuery({
    queryKey: ['users', { role: 'consultant', pageSize: 200 }],
    queryFn: () => api<ListUsersResponse>('/users', { query: { role: 'consultant', page: 1, pageSize: 200 } }),
    enabled,
  });
}

/**
 * The municipality's institutions for the working-group picker, or null when
 * the user may not list them (a consultant: 403 or 404).
 */
export function useCourseInstitutions(municipalityCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['institutions', { municipality: municipalityCode, page: 1, pageSize: 200 }, 'course-picker'],
    queryFn: async () => {
      try {
        const res = await api<ListInstitutionsResponse>('/institutions', { query: { municipality: municipalityCode, page: 1, pageSize: 200 } });
        return res.items.map((i) => ({ id: i.id, name: i.name }));
      } catch (err) {
        if (isApiError(err, 403) || isApiError(err, 404)) return null;
        throw err;
      }
    },
    enabled,
    retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
  });
}

/** A course change: the answer replaces the cached course; on 409 the latest is fetched. */
function useCourseMutation<I>(id: string, fn: (input: I) => Promise<Course>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (course) => {
      queryClient.setQueryData(courseKey(course.id), course);
      await queryClient.invalidateQueries({ queryKey: ['courses'] });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: courseKey(id) });
    },
  });
}

export function useUpdatePlan(id: string) {
  return useCourseMutation(id, (input: { version: number; plan: CoursePlan }) => api<Course>(`${path(id)}/plan`, { method: 'PUT', body: input }));
}

export function useAssignConsultant(id: string) {
  return useCourseMutation(id, (input: { version: number; consultantId: string | null }) =>
    api<Course>(`${path(id)}/consultant`, { method: 'PUT', body: input }),
  );
}
