import { z } from 'zod';
import { MEETING_KINDS } from './courses.js';
import { MissingPart } from './self-analysis.js';

/**
 * A course at a glance (issue 4 point 8): the timeline of meetings, what is
 * next, open trials, indicator progress and what the municipality still owes.
 * Owed items are codes with their facts; the client words them.
 */
export const DashboardMeeting = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  date: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  status: z.enum(['planned', 'held', 'cancelled']),
  minutesStatus: z.enum(['none', 'draft', 'approved']),
});
export type DashboardMeeting = z.infer<typeof DashboardMeeting>;

export const DashboardTrial = z.object({
  id: z.string(),
  description: z.string(),
  responsible: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  agreedOn: z.string().nullable(),
  logCount: z.number().int(),
  lastLoggedOn: z.string().nullable(),
});

export const DashboardIndicator = z.object({
  key: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  target: z.number().nullable(),
  latest: z.object({ value: z.number(), measuredOn: z.string() }).nullable(),
  progressPercent: z.number().nullable(),
  due: z.boolean(),
});

export const OwedItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('self_analysis'),
    status: z.enum(['not_started', 'draft']),
    missing: z.array(MissingPart),
  }),
  z.object({
    kind: z.literal('minutes'),
    meetingId: z.string(),
    title: z.string(),
    date: z.string(),
    minutesStatus: z.enum(['none', 'draft']),
  }),
  z.object({ kind: z.literal('measurement'), indicatorKey: z.string(), name: z.string() }),
  /** No change model saved yet. */
  z.object({ kind: z.literal('change_model') }),
]);
export type OwedItem = z.infer<typeof OwedItem>;

export const CourseDashboard = z.object({
  courseId: z.string(),
  today: z.string(),
  meetings: z.object({
    total: z.number().int(),
    held: z.number().int(),
    dated: z.number().int(),
    cancelled: z.number().int(),
  }),
  /** Every meeting the caller reads (leaders and staff: their working groups' and those they are invited to) in date order, undated ones last. */
  timeline: z.array(DashboardMeeting),
  next: DashboardMeeting.nullable(),
  openTrials: z.object({ total: z.number().int(), items: z.array(DashboardTrial) }),
  indicators: z.array(DashboardIndicator),
  owed: z.array(OwedItem),
});
export type CourseDashboard = z.infer<typeof CourseDashboard>;
