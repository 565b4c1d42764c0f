import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.js';
import type { CourseDashboard, DashboardMeeting, OwedItem } from '../../../../../src/shared/contracts/course-dashboard.js';

export type { CourseDashboard, DashboardMeeting, OwedItem };

export function useCourseDashboard(courseId: string) {
  return useQuery({
    queryKey: ['course', courseId, 'dashboard'],
    queryFn: () => api<CourseDashboard>(`/courses/${encodeURIComponent(courseId)}/dashboard`),
  });
}
