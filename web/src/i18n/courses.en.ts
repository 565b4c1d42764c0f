import type { CoursesMessages } from './courses.da.js';

export const coursesEn: CoursesMessages = {
  title: 'Courses',
};
