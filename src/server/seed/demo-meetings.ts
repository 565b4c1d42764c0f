import { eq, inArray } from 'drizzle-orm';
import { MinutesContent, type ParticipantRole } from '../../shared/contracts/meetings.js';
import type { DrizzleTx } from '../db/client.js';
import { courseMeetings, institutions } from '../db/schema.js';
import type { CourseRow } from '../modules/courses/repository.js';
import * as meetingsRepo from '../modules/meetings/repository.js';
import { sanitizeMinutes } from '../modules/meetings/sanitize-minutes.js';
import type { DatedMeeting } from './demo-course-schedule.js';
import { agendaFor, locationFor, minutesFor } from './demo-minutes.js';
import { addDays, danishInstant, workdayFrom } from './demo-time.js';

/** The demo users who run, write and approve (user ids). */
export interface DemoPeople {
  consultant: string;
  coordinator: string;
  chief: string;
  leader: string;
  staff: string;
}

export interface HeldMeeting extends DatedMeeting {
  minutesStatus: 'none' | 'draft' | 'approved';
}

/** Planned meetings from the seed date on that already have their agenda and place. */
const UPCOMING_WITH_AGENDA = 3;

/**
 * People of the course's institutions without a login of their own, added by
 * name as the participant editor allows (adults only; by working group, and
 * the other institution's leader at the leaders' sparring).
 */
const GUESTS: Record<string, { name: string; participantRole: ParticipantRole }[]> = {
  'ag-1': [{ name: 'Lene Bak', participantRole: 'staff' }],
  'ag-2': [
    { name: 'Birthe Kragelund', participantRole: 'daycare_leader' },
    { name: 'Nikolaj Fogh', participantRole: 'staff' },
    { name: 'Sanne Østergaard', participantRole: 'staff' },
  ],
  leader_sparring: [{ name: 'Birthe Kragelund', participantRole: 'daycare_leader' }],
};

/** Who sent their apologies, by meeting: `kind/group/sequence` → name. */
const ABSENT: Record<string, string> = { 'working_group/ag-2/2': 'Sanne Østergaard' };

const keyOf = (m: { kind: string; groupKey: string | null; sequence: number }) =>
  `${m.kind}/${m.groupKey ?? ''}/${m.sequence}`;
const hoursBetween = (start: string, end: string) =>
  (Number(end.slice(0, 2)) * 60 + Number(end.slice(3)) - Number(start.slice(0, 2)) * 60 - Number(start.slice(3))) / 60;

/**
 * Holds the course's meetings before `today` (the seed date) the way the meetings
 * module records them, through its repository: agenda and place, then the
 * participant list with attendance and hours, then status held, then minutes
 * and decisions (sanitised) and their approval – every step with the version
 * bump the application makes. The most recent meeting's minutes are still a
 * draft, and one earlier sparring meeting has none yet, so the dashboard
 * shows what the municipality owes. The theme day and a conference, when
 * past, are held without minutes (the agency's, none owed). The next few
 * planned meetings get their agenda and place.
 */
export async function holdDemoMeetings(
  tx: DrizzleTx,
  course: CourseRow,
  meetings: DatedMeeting[],
  people: DemoPeople,
  today: string,
): Promise<HeldMeeting[]> {
  const now = danishInstant(today, '08:00');
  const past = meetings.filter((m) => m.date < today);
  const withMinutes = past.filter((m) => minutesFor(m, null) !== null);
  const last = withMinutes.at(-1);
  const withoutMinutes =
    [...withMinutes].reverse().find((m) => m !== last && m.kind === 'sparring') ?? withMinutes.at(-2);
  const addresses = await groupAddresses(tx, course);
  const held: HeldMeeting[] = [];
  for (const m of past) {
    let version = m.version;
    const step = async (changes: Parameters<typeof meetingsRepo.updateMeeting>[3]) => {
      if (!(await meetingsRepo.updateMeeting(tx, m.id, version, changes, now)))
        throw new Error(`Demodata: mødet ${m.title} blev ikke gemt`);
      version += 1;
    };
    await step({ agenda: agendaFor(m.kind), location: locationFor(m.kind, addresses.get(m.groupKey ?? '') ?? null) });
    // Saving the participants bumps the meeting's version, as the participant editor's save does.
    await step({});
    await meetingsRepo.replaceParticipants(tx, m.id, await attendance(tx, m, people));
    await step({ status: 'held' });
    const minutesStatus = !withMinutes.includes(m) || m === withoutMinutes ? 'none' : m === last ? 'draft' : 'approved';
    if (minutesStatus !== 'none') await writeMinutes(tx, course, m, people, minutesStatus === 'approved', today);
    held.push({ ...m, version, minutesStatus });
  }
  const upcoming = meetings.filter((m) => m.date >= today).slice(0, UPCOMING_WITH_AGENDA);
  for (const m of upcoming) {
    const location = locationFor(m.kind, addresses.get(m.groupKey ?? '') ?? null);
    if (!(await meetingsRepo.updateMeeting(tx, m.id, m.version, { agenda: agendaFor(m.kind), location }, now))) {
      throw new Error(`Demodata: mødet ${m.title} blev ikke gemt`);
    }
  }
  return held;
}

/** Working group key → the address of its (first) institution. */
async function groupAddresses(tx: DrizzleTx, course: CourseRow): Promise<Map<string, string>> {
  const ids = course.plan.workingGroups.flatMap((g) => g.institutionIds.slice(0, 1));
  const rows = ids.length === 0 ? [] : await tx.select().from(institutions).where(inArray(institutions.id, ids));
  const byId = new Map(rows.map((r) => [r.id, `${r.name}, ${r.address}`]));
  return new Map(course.plan.workingGroups.map((g) => [g.key, byId.get(g.institutionIds[0] ?? '') ?? g.name]));
}

/** The invited participants and the guests, with who came and the hours each spent (the consultant's include travel). */
async function attendance(tx: DrizzleTx, m: DatedMeeting, people: DemoPeople): Promise<meetingsRepo.NewParticipant[]> {
  const invited = await meetingsRepo.participantsOf(tx, m.id);
  const guests = GUESTS[m.kind === 'working_group' ? (m.groupKey ?? '') : m.kind] ?? [];
  const hours = hoursBetween(m.start, m.end);
  const absent = ABSENT[keyOf(m)];
  return [
    ...invited.map((p) => ({ userId: p.userId, name: p.name, participantRole: p.participantRole })),
    ...guests.map((g) => ({ userId: null, ...g })),
  ].map((p) => {
    const attended = p.name !== absent;
    return {
      meetingId: m.id,
      ...p,
      attended,
      hours: attended ? (p.userId === people.consultant ? hours + 1 : hours) : null,
    };
  });
}

/**
 * Minutes and decisions as the meetings module saves them (sanitised, a new
 * minutes version, a draft), then approved a few working days later: the
 * municipality writes and the consultant or the head of daycare approves the
 * kick-off and steering meetings; the consultant writes the others and the
 * coordinator approves them.
 */
async function writeMinutes(
  tx: DrizzleTx,
  course: CourseRow,
  m: DatedMeeting,
  people: DemoPeople,
  approve: boolean,
  today: string,
): Promise<void> {
  const group = course.plan.workingGroups.find((g) => g.key === m.groupKey)?.name ?? null;
  const text = minutesFor(m, group);
  if (!text) throw new Error(`Demodata: intet referat til ${m.title}`);
  const now = danishInstant(today, '08:00');
  const content = MinutesContent.parse({ minutesHtml: sanitizeMinutes(text.html), decisions: text.decisions });
  const municipal = m.kind === 'kickoff' || m.kind === 'steering';
  const author = municipal ? people.coordinator : people.consultant;
  const approver = municipal ? people.chief : people.coordinator;
  if (!(await meetingsRepo.saveMinutes(tx, m.id, 0, content, author, now)))
    throw new Error(`Demodata: referatet af ${m.title} blev ikke gemt`);
  if (!approve) return;
  if (!(await meetingsRepo.approveMinutes(tx, m.id, 1, approver, now)))
    throw new Error(`Demodata: referatet af ${m.title} blev ikke godkendt`);
  const approvedOn = workdayFrom(addDays(m.date, 3));
  const approvedAt = approvedOn < today ? danishInstant(approvedOn, '10:00') : danishInstant(today, '08:30');
  await tx.update(courseMeetings).set({ minutesApprovedAt: approvedAt }).where(eq(courseMeetings.id, m.id));
}
