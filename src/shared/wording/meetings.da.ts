import type { MeetingStatus, ParticipantRole } from '../contracts/meetings.js';

/**
 * A meeting without a date, wherever it is shown – the pages (da.core.ts
 * `common.undated`), the agenda and minutes – with "Sæt dato" beside it where
 * the reader may give it one (issue 11, point 10).
 */
export const UNDATED_DA = 'Ingen dato endnu';

/**
 * A meeting's participant roles and statuses in Danish, as the documents say
 * them: the agenda and minutes (documents/meeting-minutes.ts) and the course's
 * meetings in Excel (meetings/export-course-meetings.ts) use this one table.
 */
export const PARTICIPANT_ROLE_DA: Record<ParticipantRole, string> = {
  consultant: 'Praksiskonsulent',
  coordinator: 'Tovholder',
  daycare_chief: 'Dagtilbudschef',
  daycare_leader: 'Dagtilbudsleder',
  staff: 'Pædagogisk personale',
  partner: 'Samarbejdspartner',
  other: 'Anden',
};

export const MEETING_STATUS_DA: Record<MeetingStatus, string> = {
  planned: 'Planlagt',
  held: 'Afholdt',
  cancelled: 'Aflyst',
};
