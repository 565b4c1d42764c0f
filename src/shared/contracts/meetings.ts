import { Confirmed } from './confirmation.js';
import { z } from 'zod';
import { BaseVersion, Uuid, Version } from './common.js';
import { MEETING_KINDS } from './courses.js';
import { keptEdit } from './edit-conflicts.js';
import { MultiLineText, RichText, SingleLineText, tooLong } from './text.js';
import { Trial, TrialWithLogs } from './trials.js';

/**
 * A course meeting (issue 4): agenda and place, who is invited and who came
 * with the hours each spent, the minutes (sanitised HTML) with their approval,
 * decisions, and the trials agreed there. Free texts are about the work, never
 * about a named child.
 */
export const PARTICIPANT_ROLES = [
  'consultant',
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MINUTES_STATUSES = ['none', 'draft', 'approved'] as const;

export const MeetingIdParams = z.strictObject({ id: Uuid });

/** The most characters of each text of a meeting (the meeting page's counters read them too, issue 11 point 5). */
export const MEETING_LIMITS = {
  agenda: 10_000,
  location: 500,
  participantName: 200,
  minutesHtml: 200_000,
  decision: 1000,
} as const;
const L = MEETING_LIMITS;

// ── Requests ─────────────────────────────────────────────────────────────
export const SaveAgendaRequest = z.strictObject({
  version: Version,
  /** Plain text, one item per line. */
  agenda: MultiLineText(L.agenda, tooLong('Dagsordenen')),
  /** Address, room or video link. */
  location: SingleLineText(L.location, tooLong('Stedet')),
});
export type SaveAgendaRequest = z.infer<typeof SaveAgendaRequest>;

const HOURS_MESSAGE = 'Timer skal være mellem 0 og 24 i kvarte timer (fx 1,75)';
export const Hours = z.number().min(0, HOURS_MESSAGE).max(24, HOURS_MESSAGE).multipleOf(0.25, HOURS_MESSAGE);

export const ParticipantInput = z.strictObject({
  /** A user of the course's municipality or the course's consultant; null for a named guest. */
  userId: Uuid.nullable(),
  name: SingleLineText(L.participantName, tooLong('Navnet')).min(1),
  participantRole: z.enum(PARTICIPANT_ROLES),
  /** null = not recorded yet. */
  attended: z.boolean().nullable(),
  hours: Hours.nullable(),
});
export type ParticipantInput = z.infer<typeof ParticipantInput>;

/** The most people a meeting lists; default invitations stop there too, so every list can be saved. */
export const MAX_PARTICIPANTS = 300;

export const SaveParticipantsRequest = z.strictObject({
  version: Version,
  participants: z.array(ParticipantInput).max(MAX_PARTICIPANTS, `Højst ${MAX_PARTICIPANTS} deltagere pr. møde`),
});
export type SaveParticipantsRequest = z.infer<typeof SaveParticipantsRequest>;

/** The minutes as edited: HTML (sanitised by the server) and the decisions in order. */
export const MinutesContent = z.strictObject({
  minutesHtml: RichText(L.minutesHtml, 'Referatet er for langt (højst 200.000 tegn)'),
  decisions: z
    .array(SingleLineText(L.decision, tooLong('Beslutningen')).min(1))
    .max(100, 'Højst 100 beslutninger pr. møde'),
});
export type MinutesContent = z.infer<typeof MinutesContent>;

export const SaveMinutesRequest = z.strictObject({
  /** The minutes version the editor started from (0 before the first save). */
  baseVersion: BaseVersion,
  minutesHtml: MinutesContent.shape.minutesHtml,
  decisions: MinutesContent.shape.decisions,
});
export type SaveMinutesRequest = z.infer<typeof SaveMinutesRequest>;

/** Approves the minutes exactly as read: `version` is the minutes' version. */
export const ApproveMinutesRequest = z.strictObject({ version: Version });

export const ChangeMeetingStatusRequest = z.strictObject({
  version: Version,
  status: z.enum(MEETING_STATUSES),
  /** Needed to cancel a dated meeting that people are invited to. */
  confirmed: Confirmed,
});
export type ChangeMeetingStatusRequest = z.infer<typeof ChangeMeetingStatusRequest>;

// ── Response ─────────────────────────────────────────────────────────────
export const MeetingParticipant = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  name: z.string(),
  participantRole: z.enum(PARTICIPANT_ROLES),
  attended: z.boolean().nullable(),
  hours: z.number().nullable(),
});
export type MeetingParticipant = z.infer<typeof MeetingParticipant>;

/** Hours recorded per participant role (they feed cost estimates). */
export const RoleHours = z.object({
  participantRole: z.enum(PARTICIPANT_ROLES),
  participants: z.number().int(),
  attended: z.number().int(),
  hours: z.number(),
});
export type RoleHours = z.infer<typeof RoleHours>;

export const MeetingMinutes = z.object({
  /** Sanitised on save: safe to render as HTML. */
  html: z.string(),
  status: z.enum(MINUTES_STATUSES),
  version: z.number().int(),
  updatedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
});

export const KeptMinutes = keptEdit(MinutesContent);
export type KeptMinutes = z.infer<typeof KeptMinutes>;

/** Someone the meeting's participant editor can invite: the municipality's users and the consultant. */
export const InvitableUser = z.object({
  userId: z.string(),
  name: z.string(),
  participantRole: z.enum(PARTICIPANT_ROLES),
});
export type InvitableUser = z.infer<typeof InvitableUser>;

export const Meeting = z.object({
  id: z.string(),
  kind: z.enum(MEETING_KINDS),
  title: z.string(),
  group: z.object({ key: z.string(), name: z.string() }).nullable(),
  sequence: z.number().int(),
  date: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  location: z.string(),
  agenda: z.string(),
  /** Bumped by every change of the meeting itself (the iCalendar SEQUENCE); send it back with agenda, participants and status. */
  version: z.number().int(),
  course: z.object({
    id: z.string(),
    municipalityCode: z.string(),
    municipalityName: z.string(),
    roundId: z.string(),
    roundName: z.string(),
  }),
  participants: z.array(MeetingParticipant),
  hoursByRole: z.array(RoleHours),
  totalHours: z.number(),
  minutes: MeetingMinutes,
  decisions: z.array(z.string()),
  /** Saves of the minutes kept because someone else saved first (to those who may edit them). */
  conflicts: z.array(KeptMinutes),
  /** Trials agreed at this meeting. */
  trials: z.array(Trial),
  /** Working-group meetings: the trials agreed at the group's earlier meetings, with their latest logs. */
  earlierTrials: z.array(TrialWithLogs),
  /** Theme day: the names of the round's other participating municipalities (nothing else of theirs). */
  otherMunicipalities: z.array(z.string()).nullable(),
  /** Who may be invited (to those who may edit participants; otherwise empty). */
  invitable: z.array(InvitableUser),
  /**
   * Read by invitation only (a guest such as a partner, access/meetings.ts): the
   * agenda, decisions, the trials agreed here and the minutes once approved –
   * nothing else of the course.
   */
  guest: z.boolean(),
  allowed: z.object({
    editAgenda: z.boolean(),
    editParticipants: z.boolean(),
    editMinutes: z.boolean(),
    approveMinutes: z.boolean(),
    changeStatus: z.boolean(),
    agreeTrial: z.boolean(),
    logTrial: z.boolean(),
  }),
});
export type Meeting = z.infer<typeof Meeting>;
