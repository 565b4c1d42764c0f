// Public entry of the courses module: the only file other modules may import.

/** The courses' routes (list, read, plan, consultant). */
export { registerCourseRoutes } from './routes.js';
/** A course the actor may see (404 otherwise); every course area reaches its course through it. */
export { loadVisibleCourse } from './read-courses.js';
/** A course row, the columns that make one (for a join), and a course's meetings. */
export { courseColumns, meetingsOfCourse, type CourseRow } from './repository.js';
/** Creates a signed agreement's course from the typical plan; publishes `course.created`. */
export { createCourseFromApplication } from './create-course.js';
