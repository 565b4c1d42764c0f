import { useQuery } from '@tanstack/react-query';
import type {
  CourseDashboard,
  DashboardMeeting,
  OwedItem,
} from '../../../../../src/shared/contracts/course-dashboard.js';
import { courseQueries } from '../api.js';

export type { CourseDashboard, DashboardMeeting, OwedItem };

export function useCourseDashboard(courseId: string) {
  return useQuery(courseQueries.dashboard(courseId));
}
