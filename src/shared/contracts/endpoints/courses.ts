import {
  ChangeModel,
  ChangeModelComparison,
  ChangeModelVersion,
  CompareChangeModelQuery,
  DiagramQuery,
  Measurement,
  RecordMeasurementRequest,
  SaveChangeModelRequest,
} from '../change-model.js';
import {
  CalendarFeedStatus,
  ConsultantAbsence,
  CreateCalendarFeedResponse,
  CreateConsultantAbsenceRequest,
  ListConsultantAbsencesQuery,
  ListConsultantAbsencesResponse,
} from '../calendar.js';
import { CourseDashboard } from '../course-dashboard.js';
import {
  ApplyCourseScheduleRequest,
  ApplyRoundScheduleRequest,
  ApplyRoundScheduleResponse,
  CalendarQuery,
  CalendarResponse,
  CourseSchedule,
  CourseScheduleProposal,
  MoveMeetingRequest,
  MoveMeetingResponse,
  RoundScheduleProposal,
  RoundScheduleSettings,
  SaveRoundScheduleSettingsRequest,
} from '../course-schedule.js';
import {
  AssignConsultantRequest,
  Course,
  ListCoursesQuery,
  ListCoursesResponse,
  UpdateCoursePlanRequest,
} from '../courses.js';
import { endpoint } from '../endpoint.js';
import {
  ApproveMinutesRequest,
  ChangeMeetingStatusRequest,
  Meeting,
  SaveAgendaRequest,
  SaveMinutesRequest,
  SaveParticipantsRequest,
} from '../meetings.js';
import {
  PresentSelfAnalysisRequest,
  ReopenSelfAnalysisRequest,
  SaveSelfAnalysisRequest,
  SelfAnalysis,
} from '../self-analysis.js';
import {
  AgreeTrialRequest,
  ListTrialsQuery,
  ListTrialsResponse,
  LogTrialRequest,
  TrialWithLogs,
  UpdateTrialRequest,
} from '../trials.js';

/** Courses and their plan (issue 4). */
export const courseEndpoints = {
  list: endpoint({ method: 'GET', path: '/courses', query: ListCoursesQuery, response: ListCoursesResponse }),
  read: endpoint({ method: 'GET', path: '/courses/:id', response: Course }),
  savePlan: endpoint({ method: 'PUT', path: '/courses/:id/plan', body: UpdateCoursePlanRequest, response: Course }),
  assignConsultant: endpoint({
    method: 'PUT',
    path: '/courses/:id/consultant',
    body: AssignConsultantRequest,
    response: Course,
  }),
  dashboard: endpoint({ method: 'GET', path: '/courses/:id/dashboard', response: CourseDashboard }),
};

/** The meeting scheduler and the calendar. */
export const scheduleEndpoints = {
  roundSettings: endpoint({ method: 'GET', path: '/rounds/:id/schedule-settings', response: RoundScheduleSettings }),
  saveRoundSettings: endpoint({
    method: 'PUT',
    path: '/rounds/:id/schedule-settings',
    body: SaveRoundScheduleSettingsRequest,
    response: RoundScheduleSettings,
  }),
  roundProposal: endpoint({ method: 'GET', path: '/rounds/:id/schedule/proposal', response: RoundScheduleProposal }),
  applyRound: endpoint({
    method: 'POST',
    path: '/rounds/:id/schedule/apply',
    body: ApplyRoundScheduleRequest,
    response: ApplyRoundScheduleResponse,
  }),
  course: endpoint({ method: 'GET', path: '/courses/:id/schedule', response: CourseSchedule }),
  courseProposal: endpoint({ method: 'GET', path: '/courses/:id/schedule/proposal', response: CourseScheduleProposal }),
  applyCourse: endpoint({
    method: 'POST',
    path: '/courses/:id/schedule/apply',
    body: ApplyCourseScheduleRequest,
    response: CourseSchedule,
  }),
  moveMeeting: endpoint({
    method: 'PATCH',
    path: '/meetings/:id/schedule',
    body: MoveMeetingRequest,
    response: MoveMeetingResponse,
  }),
  calendar: endpoint({ method: 'GET', path: '/calendar', query: CalendarQuery, response: CalendarResponse }),
};

/** The personal calendar feed and consultants' absences. */
export const calendarEndpoints = {
  feed: endpoint({ method: 'GET', path: '/calendar/feed', response: CalendarFeedStatus }),
  createFeed: endpoint({ method: 'POST', path: '/calendar/feed', response: CreateCalendarFeedResponse }),
  deleteFeed: endpoint({ method: 'DELETE', path: '/calendar/feed' }),
  invitation: endpoint({ method: 'GET', path: '/meetings/:id/invitation.ics', file: true }),
  absences: endpoint({
    method: 'GET',
    path: '/consultant-absences',
    query: ListConsultantAbsencesQuery,
    response: ListConsultantAbsencesResponse,
  }),
  addAbsence: endpoint({
    method: 'POST',
    path: '/consultant-absences',
    body: CreateConsultantAbsenceRequest,
    response: ConsultantAbsence,
  }),
  removeAbsence: endpoint({ method: 'DELETE', path: '/consultant-absences/:id' }),
};

/** Meetings and the trials agreed at them. */
export const meetingEndpoints = {
  read: endpoint({ method: 'GET', path: '/meetings/:id', response: Meeting }),
  saveAgenda: endpoint({ method: 'PUT', path: '/meetings/:id/agenda', body: SaveAgendaRequest, response: Meeting }),
  saveParticipants: endpoint({
    method: 'PUT',
    path: '/meetings/:id/participants',
    body: SaveParticipantsRequest,
    response: Meeting,
  }),
  saveMinutes: endpoint({ method: 'PUT', path: '/meetings/:id/minutes', body: SaveMinutesRequest, response: Meeting }),
  dismissMinutesConflict: endpoint({ method: 'DELETE', path: '/meetings/:id/minutes/conflicts/:conflictId' }),
  approveMinutes: endpoint({
    method: 'POST',
    path: '/meetings/:id/minutes/approve',
    body: ApproveMinutesRequest,
    response: Meeting,
  }),
  changeStatus: endpoint({
    method: 'PUT',
    path: '/meetings/:id/status',
    body: ChangeMeetingStatusRequest,
    response: Meeting,
  }),
  agreeTrial: endpoint({
    method: 'POST',
    path: '/meetings/:id/trials',
    body: AgreeTrialRequest,
    response: TrialWithLogs,
  }),
  courseTrials: endpoint({
    method: 'GET',
    path: '/courses/:id/trials',
    query: ListTrialsQuery,
    response: ListTrialsResponse,
  }),
  trial: endpoint({ method: 'GET', path: '/trials/:id', response: TrialWithLogs }),
  updateTrial: endpoint({ method: 'PATCH', path: '/trials/:id', body: UpdateTrialRequest, response: TrialWithLogs }),
  logTrial: endpoint({ method: 'POST', path: '/trials/:id/logs', body: LogTrialRequest, response: TrialWithLogs }),
  minutesPdf: endpoint({ method: 'GET', path: '/meetings/:id/minutes.pdf', file: true }),
  minutesDocx: endpoint({ method: 'GET', path: '/meetings/:id/minutes.docx', file: true }),
  courseMeetingsXlsx: endpoint({ method: 'GET', path: '/courses/:id/meetings.xlsx', file: true }),
};

/** The course's self-analysis. */
export const selfAnalysisEndpoints = {
  read: endpoint({ method: 'GET', path: '/courses/:id/self-analysis', response: SelfAnalysis }),
  save: endpoint({
    method: 'PUT',
    path: '/courses/:id/self-analysis',
    body: SaveSelfAnalysisRequest,
    response: SelfAnalysis,
  }),
  present: endpoint({
    method: 'POST',
    path: '/courses/:id/self-analysis/present',
    body: PresentSelfAnalysisRequest,
    response: SelfAnalysis,
  }),
  reopen: endpoint({
    method: 'POST',
    path: '/courses/:id/self-analysis/reopen',
    body: ReopenSelfAnalysisRequest,
    response: SelfAnalysis,
  }),
  dismissConflict: endpoint({ method: 'DELETE', path: '/courses/:id/self-analysis/conflicts/:conflictId' }),
  pdf: endpoint({ method: 'GET', path: '/courses/:id/self-analysis.pdf', file: true }),
};

/** The course's change model and indicator measurements. */
export const changeModelEndpoints = {
  read: endpoint({ method: 'GET', path: '/courses/:id/change-model', response: ChangeModel }),
  save: endpoint({
    method: 'PUT',
    path: '/courses/:id/change-model',
    body: SaveChangeModelRequest,
    response: ChangeModel,
  }),
  version: endpoint({
    method: 'GET',
    path: '/courses/:id/change-model/versions/:version',
    response: ChangeModelVersion,
  }),
  compare: endpoint({
    method: 'GET',
    path: '/courses/:id/change-model/compare',
    query: CompareChangeModelQuery,
    response: ChangeModelComparison,
  }),
  diagram: endpoint({ method: 'GET', path: '/courses/:id/change-model/diagram.svg', query: DiagramQuery, file: true }),
  indicatorsXlsx: endpoint({ method: 'GET', path: '/courses/:id/change-model/indicators.xlsx', file: true }),
  dismissConflict: endpoint({ method: 'DELETE', path: '/courses/:id/change-model/conflicts/:conflictId' }),
  recordMeasurement: endpoint({
    method: 'POST',
    path: '/courses/:id/indicators/:key/measurements',
    body: RecordMeasurementRequest,
    response: Measurement,
  }),
  deleteMeasurement: endpoint({ method: 'DELETE', path: '/courses/:id/indicators/:key/measurements/:measurementId' }),
};
