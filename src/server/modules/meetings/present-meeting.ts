import {
  MinutesContent,
  type KeptMinutes,
  type Meeting,
  type MeetingParticipant,
  type ParticipantRole,
  type RoleHours,
} from '../../../shared/contracts/meetings.js';
import { openConflictingEdits } from '../edit-conflicts/index.js';
import { meetingTrials, readMeetingTrials } from '../trials/index.js';
import { PARTICIPANT_ROLE_ORDER } from './default-participants.js';
import { inviteesOf } from './invite-participants.js';
import * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { can, isGuest, trialReach } from '../../access/index.js';
import { loadVisibleMeeting, type VisibleMeeting } from './visible-meeting.js';

const rank = (role: ParticipantRole) => PARTICIPANT_ROLE_ORDER.indexOf(role);

export function hoursByRole(
  participants: Pick<MeetingParticipant, 'participantRole' | 'attended' | 'hours'>[],
): RoleHours[] {
  const sums = new Map<ParticipantRole, RoleHours>();
  for (const p of participants) {
    const sum = sums.get(p.participantRole) ?? {
      participantRole: p.participantRole,
      participants: 0,
      attended: 0,
      hours: 0,
    };
    sum.participants += 1;
    if (p.attended === true) sum.attended += 1;
    sum.hours += p.hours ?? 0;
    sums.set(p.participantRole, sum);
  }
  return [...sums.values()].sort((a, b) => rank(a.participantRole) - rank(b.participantRole));
}

function presentConflicts(rows: Awaited<ReturnType<typeof openConflictingEdits>>): KeptMinutes[] {
  return rows.flatMap((c) => {
    const content = MinutesContent.safeParse(c.content);
    return content.success
      ? [
          {
            id: c.id,
            baseVersion: c.baseVersion,
            savedAt: c.savedAt.toISOString(),
            savedBy: c.savedBy,
            content: content.data,
          },
        ]
      : [];
  });
}

/** A guest reads minutes once approved; until then they see that there are none to read. */
function unapprovedForGuest(status: Meeting['minutes']['status'], version: number): Meeting['minutes'] {
  return {
    html: '',
    status: status === 'none' ? 'none' : 'draft',
    version,
    updatedBy: null,
    approvedBy: null,
    approvedAt: null,
  };
}

/**
 * The meeting with everything its page shows, and what the actor may do there,
 * in one round trip (db/batching-client.ts): besides the meeting with its course
 * and participants, everything is read by the meeting's id alone – its trials,
 * the theme day's other municipalities, and for a role that may run meetings
 * the kept saves of its minutes and the people who can be invited – and none
 * of it is shown unless the actor finds the meeting (visible-meeting.ts).
 */
export async function readMeetingPage(
  ctx: Context,
  id: string,
): Promise<{ visible: VisibleMeeting; meeting: Meeting }> {
  const { tx, actor } = ctx;
  // Whether the role may run meetings at all (access/courses.ts, runsMeetings); the course decides below.
  const mayRun = can(actor, 'meeting.write');
  const [visible, conflictRows, trialRows, otherMunicipalities, people] = await Promise.all([
    loadVisibleMeeting(ctx, id),
    mayRun ? openConflictingEdits(tx, 'minutes', id) : [],
    readMeetingTrials(ctx, id),
    repo.otherMunicipalitiesAtThemeDay(tx, id),
    mayRun ? repo.municipalPeople(tx, repo.municipalityOfMeeting(id)) : [],
  ]);
  const { meeting: m, course } = visible;
  const runs = ctx.access.may('meeting.run', course);
  const guest = isGuest(actor, course);
  const participantRows = visible.participants;
  const conflicts = runs ? conflictRows : [];
  const { trials, earlierTrials } = meetingTrials(ctx, course, trialRows, guest);
  // Whom the participant editor offers: the consultant, and the municipality's people who could take part in the
  // course – coordinators, heads of daycare, partners, and the leaders and staff of the course's institutions.
  const invitable = runs ? inviteesOf(course, people) : [];
  const participants = participantRows
    .map((p) => ({ ...p }))
    .sort((a, b) => rank(a.participantRole) - rank(b.participantRole) || a.name.localeCompare(b.name, 'da'));
  const group = m.groupKey ? course.plan.workingGroups.find((g) => g.key === m.groupKey) : undefined;
  const totalHours = participants.reduce((sum, p) => sum + (p.hours ?? 0), 0);
  const reach = trialReach(actor, course);
  const meeting: Meeting = {
    id: m.id,
    kind: m.kind,
    title: m.title,
    group: m.groupKey ? { key: m.groupKey, name: group?.name ?? m.groupKey } : null,
    sequence: m.sequence,
    date: m.date,
    start: m.startTime,
    end: m.endTime,
    status: m.status,
    location: m.location,
    agenda: m.agenda,
    version: m.version,
    course: {
      id: course.id,
      municipalityCode: course.municipalityCode,
      municipalityName: course.municipalityName,
      roundId: course.roundId,
      roundName: course.roundName,
    },
    participants,
    hoursByRole: hoursByRole(participants),
    totalHours,
    minutes:
      guest && m.minutesStatus !== 'approved'
        ? unapprovedForGuest(m.minutesStatus, m.minutesVersion)
        : {
            html: m.minutesHtml,
            status: m.minutesStatus,
            version: m.minutesVersion,
            updatedBy: visible.minutesUpdatedByName,
            approvedBy: visible.minutesApprovedByName,
            approvedAt: m.minutesApprovedAt?.toISOString() ?? null,
          },
    decisions: m.decisions,
    conflicts: presentConflicts(conflicts),
    trials,
    earlierTrials,
    otherMunicipalities: m.kind === 'theme_day' ? otherMunicipalities : null,
    invitable,
    guest,
    allowed: {
      editAgenda: runs,
      editParticipants: runs,
      editMinutes: runs && m.status !== 'cancelled',
      approveMinutes: ctx.access.may('minutes.approve', course) && m.minutesStatus === 'draft' && m.minutesHtml !== '',
      changeStatus: runs,
      agreeTrial: ctx.access.may('trial.agree', { course: course, meeting: m }),
      logTrial: can(actor, 'trial.log') && reach.kind !== 'none',
    },
  };
  return { visible, meeting };
}
