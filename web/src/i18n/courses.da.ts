/** Texts of the course pages (list, course with plan and meetings, plan editor). */
export const coursesDa = {
  title: 'Forløb',
};
export type CoursesMessages = typeof coursesDa;
