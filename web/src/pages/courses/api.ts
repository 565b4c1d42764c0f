import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { courseEndpoints as E } from '../../../../src/shared/contracts/endpoints/courses.js';
import { organisationEndpoints } from '../../../../src/shared/contracts/endpoints/organisation.js';
import type {
  Course,
  CourseListItem,
  CourseMeeting,
  CoursePlan,
  MeetingKind,
} from '../../../../src/shared/contracts/courses.js';
import { call } from '../../api/call.js';
import { isApiError } from '../../api/client.js';
import { useCursorList } from '../../api/cursor-list.js';
import { userQueries } from '../users/api.js';

export type { Course, CourseListItem, CourseMeeting, CoursePlan, MeetingKind };

/**
 * Query keys and fetches of courses: lists start 'courses'; one course and
 * what hangs on it (dashboard, schedule, trials) start ['course', id], so
 * invalidating the course refreshes them all.
 */
export const courseQueries = {
  all: ['courses'] as const,
  list: ['courses', 'list'] as const,
  /** Everything cached for one course. */
  of: (id: string) => ['course', id] as const,
  detail: (id: string) =>
    queryOptions({ queryKey: ['course', id], queryFn: ({ signal }) => call(E.read, { params: { id }, signal }) }),
  dashboard: (id: string) =>
    queryOptions({
      queryKey: ['course', id, 'dashboard'],
      queryFn: ({ signal }) => call(E.dashboard, { params: { id }, signal }),
    }),
  /** The municipality's institutions for the working-group picker, or null when the user may not list them (403, 404). */
  institutions: (municipalityCode: string) =>
    queryOptions({
      queryKey: ['institutions', { municipality: municipalityCode, page: 1, pageSize: 200 }, 'course-picker'],
      queryFn: async ({ signal }) => {
        try {
          const res = await call(organisationEndpoints.institutions, {
            query: { municipality: municipalityCode, page: 1, pageSize: 200 },
            signal,
          });
          return res.items.map((i) => ({ id: i.id, name: i.name }));
        } catch (err) {
          if (isApiError(err, 403) || isApiError(err, 404)) return null;
          throw err;
        }
      },
    }),
};

/** The key of one course's own data (kept for the pages that set it after a save). */
export const courseKey = (id: string) => courseQueries.detail(id).queryKey;

/** The course as the server has it now (after a conflict), without touching the cache. */
export function fetchCourse(id: string): Promise<Course> {
  return call(E.read, { params: { id } });
}

/** The courses the user may see, a page at a time ("Vis flere"). */
export function useCourses() {
  return useCursorList(courseQueries.list, E.list);
}

export function useCourse(id: string) {
  return useQuery(courseQueries.detail(id));
}

/** Users holding the consultant role, for the admin to choose among. */
export function useConsultantUsers(enabled: boolean) {
  return useQuery({ ...userQueries.withRole('consultant'), enabled });
}

/**
 * The municipality's institutions for the working-group picker, or null when
 * the user may not list them (a consultant: 403 or 404).
 */
export function useCourseInstitutions(municipalityCode: string, enabled: boolean) {
  return useQuery({
    ...courseQueries.institutions(municipalityCode),
    enabled,
    retry: (failureCount, error) =>
      failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
  });
}

/** A course change: the answer replaces the cached course; on 409 the latest is fetched. */
function useCourseMutation<I>(id: string, fn: (input: I) => Promise<Course>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (course) => {
      queryClient.setQueryData(courseKey(course.id), course);
      await queryClient.invalidateQueries({ queryKey: courseQueries.all });
    },
    onError: (error) => {
      if (isApiError(error, 409)) void queryClient.invalidateQueries({ queryKey: courseKey(id) });
    },
  });
}

export function useUpdatePlan(id: string) {
  return useCourseMutation(id, (input: { version: number; plan: CoursePlan; confirmed?: boolean }) =>
    call(E.savePlan, { params: { id }, body: input }),
  );
}

export function useAssignConsultant(id: string) {
  return useCourseMutation(id, (input: { version: number; consultantId: string | null }) =>
    call(E.assignConsultant, { params: { id }, body: input }),
  );
}
