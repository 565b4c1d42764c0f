import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApplyCourseScheduleRequest,
  ApplyRoundScheduleRequest,
  ApplyRoundScheduleResponse,
  CalendarQuery,
  CalendarResponse,
  CourseSchedule,
  CourseScheduleProposal,
  MeetingIdParams,
  MoveMeetingRequest,
  MoveMeetingResponse,
  RoundScheduleProposal,
  RoundScheduleSettings,
  SaveRoundScheduleSettingsRequest,
} from '../../../shared/contracts/course-schedule.js';
import { CourseIdParams } from '../../../shared/contracts/courses.js';
import { RoundIdParams } from '../../../shared/contracts/rounds.js';
import { inRequest } from '../../http/request-context.js';
import { applyCourseSchedule } from './apply-course-schedule.js';
import { applyRoundSchedule } from './apply-round-schedule.js';
import { moveMeeting } from './move-meeting.js';
import { proposeCourseSchedule } from './propose-course-schedule.js';
import { proposeRoundSchedule } from './propose-round-schedule.js';
import { readCalendar } from './read-calendar.js';
import { readCourseSchedule } from './read-course-schedule.js';
import { readScheduleSettings } from './read-schedule-settings.js';
import { saveScheduleSettings } from './save-schedule-settings.js';

const tags = ['Mødeplanlægning'];

/** Scheduling live courses: settings, proposals, moves, consultants' calendars (issue 4). */
export function registerCourseScheduleRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/rounds/:id/schedule-settings', {
    config: { access: 'course.schedule' },
    schema: {
      tags,
      summary: 'Rundens ferieuger og højeste antal møder pr. konsulent og dag',
      params: RoundIdParams,
      response: { 200: RoundScheduleSettings },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readScheduleSettings(ctx, request.params.id));
    },
  });

  r.put('/api/v1/rounds/:id/schedule-settings', {
    config: { access: 'round.schedule' },
    schema: {
      tags,
      summary: 'Gem rundens ferieuger og mødegrænse (med versionsnummer; 0 for standardværdierne)',
      params: RoundIdParams,
      body: SaveRoundScheduleSettingsRequest,
      response: { 200: RoundScheduleSettings },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => saveScheduleSettings(ctx, request.params.id, request.body));
    },
  });

  r.get('/api/v1/rounds/:id/schedule/proposal', {
    config: { access: 'round.schedule' },
    schema: {
      tags,
      summary: 'Forslag til datoer for alle rundens møder uden dato',
      params: RoundIdParams,
      response: { 200: RoundScheduleProposal },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => proposeRoundSchedule(ctx, request.params.id));
    },
  });

  r.post('/api/v1/rounds/:id/schedule/apply', {
    config: { access: 'round.schedule' },
    schema: {
      tags,
      summary: 'Gem rundens forslag, som det blev vist (alt eller intet)',
      params: RoundIdParams,
      body: ApplyRoundScheduleRequest,
      response: { 200: ApplyRoundScheduleResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => applyRoundSchedule(ctx, request.params.id, request.body));
    },
  });

  r.get('/api/v1/courses/:id/schedule', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Forløbets møder med tidspunkt, status og brudte regler',
      params: CourseIdParams,
      response: { 200: CourseSchedule },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readCourseSchedule(ctx, request.params.id));
    },
  });

  r.get('/api/v1/courses/:id/schedule/proposal', {
    config: { access: 'course.schedule' },
    schema: {
      tags,
      summary: 'Forslag til datoer for forløbets møder uden dato',
      params: CourseIdParams,
      response: { 200: CourseScheduleProposal },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => proposeCourseSchedule(ctx, request.params.id));
    },
  });

  r.post('/api/v1/courses/:id/schedule/apply', {
    config: { access: 'course.schedule' },
    schema: {
      tags,
      summary: 'Gem forløbets forslag, som det blev vist (alt eller intet)',
      params: CourseIdParams,
      body: ApplyCourseScheduleRequest,
      response: { 200: CourseSchedule },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => applyCourseSchedule(ctx, request.params.id, request.body));
    },
  });

  r.patch('/api/v1/meetings/:id/schedule', {
    config: { access: 'meeting.move' },
    schema: {
      tags,
      summary: 'Flyt et møde (eller tag det af kalenderen); svaret viser de regler, flytningen bryder',
      params: MeetingIdParams,
      body: MoveMeetingRequest,
      response: { 200: MoveMeetingResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => moveMeeting(ctx, request.params.id, request.body));
    },
  });

  r.get('/api/v1/calendar', {
    config: { access: 'course.read' },
    schema: {
      tags,
      summary: 'Mine møder på tværs af forløb i en periode (højst 400 dage; standard: denne måned)',
      querystring: CalendarQuery,
      response: { 200: CalendarResponse },
    },
    handler: (request) => {
      return inRequest(request, (ctx) => readCalendar(ctx, request.query));
    },
  });
}
