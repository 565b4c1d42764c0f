import type { MeetingStatus, ParticipantRole } from '../../shared/contracts/meetings.js';
import { danishClock } from '../../shared/danish-clock.js';
import { MEETING_STATUS_DA, PARTICIPANT_ROLE_DA, UNDATED_DA } from '../../shared/wording/meetings.da.js';
import { formatDate, formatDateTime, municipalityTitle } from './format.js';
import { minutesBlocks } from './minutes-html.js';
import type { Block, DocumentModel } from './model.js';
import { SENDER } from './programme.js';

/** What the agenda and minutes are made from: the meeting as its reader may see it. */
export interface MeetingDocumentData {
  meetingId: string;
  title: string;
  municipalityName: string;
  roundName: string;
  /** ISO date and wall-clock times in Copenhagen ('10:00'); null while undated. */
  date: string | null;
  start: string | null;
  end: string | null;
  location: string;
  status: MeetingStatus;
  agenda: string;
  participants: { name: string; participantRole: ParticipantRole; attended: boolean | null }[];
  /** Sanitised HTML; empty when there are none (or the reader may not see a draft). */
  minutesHtml: string;
  minutesApprovedAt: Date | null;
  minutesApprovedBy: string | null;
  decisions: string[];
  generatedAt: Date;
}

/**
 * Agenda and minutes of a course meeting, to send to its participants
 * (issue 11 point 6): when and where, who was invited and who came, the
 * agenda, the minutes (approved or marked as a draft) and the decisions.
 */
export function meetingMinutes(data: MeetingDocumentData): DocumentModel {
  const blocks: Block[] = [
    { kind: 'facts', rows: facts(data) },
    { kind: 'heading', text: 'Dagsorden' },
    ...agenda(data.agenda),
    { kind: 'heading', text: 'Deltagere' },
    ...participants(data),
    { kind: 'heading', text: 'Referat' },
    ...minutes(data),
    { kind: 'heading', text: 'Beslutninger' },
    data.decisions.length > 0
      ? { kind: 'list', items: data.decisions, ordered: true }
      : { kind: 'paragraph', text: 'Der er ikke noteret beslutninger.' },
  ];
  return {
    title: `Dagsorden og referat: ${data.title}`,
    subtitle: `${municipalityTitle(data.municipalityName)} · ${data.roundName}`,
    date: formatDate(data.generatedAt),
    reference: `Møde ${data.meetingId}`,
    sender: SENDER,
    blocks,
  };
}

function facts(data: MeetingDocumentData): [string, string][] {
  const when =
    data.date === null
      ? UNDATED_DA
      : data.start && data.end
        ? `${formatDate(data.date)} kl. ${danishClock(data.start)}–${danishClock(data.end)}`
        : formatDate(data.date);
  const rows: [string, string][] = [
    ['Møde', data.title],
    ['Tidspunkt', when],
    ['Sted', data.location.trim() || 'Ikke oplyst'],
    ['Status', MEETING_STATUS_DA[data.status]],
  ];
  return rows;
}

function agenda(text: string): Block[] {
  const items = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return items.length > 0
    ? [{ kind: 'list', items, ordered: true }]
    : [{ kind: 'paragraph', text: 'Dagsordenen er ikke skrevet endnu.' }];
}

const ATTENDED = (value: boolean | null): string =>
  value === null ? 'Ikke registreret' : value ? 'Deltog' : 'Deltog ikke';

function participants(data: MeetingDocumentData): Block[] {
  if (data.participants.length === 0) return [{ kind: 'paragraph', text: 'Der er ingen deltagere på listen.' }];
  return [
    {
      kind: 'table',
      header: ['Navn', 'Rolle', 'Fremmøde'],
      rows: data.participants.map((p) => [p.name, PARTICIPANT_ROLE_DA[p.participantRole], ATTENDED(p.attended)]),
    },
  ];
}

function minutes(data: MeetingDocumentData): Block[] {
  const blocks = minutesBlocks(data.minutesHtml);
  if (blocks.length === 0) return [{ kind: 'paragraph', text: 'Der er ikke skrevet referat endnu.' }];
  const status: Block =
    data.minutesApprovedAt !== null
      ? {
          kind: 'paragraph',
          text: `Referatet er godkendt ${formatDateTime(data.minutesApprovedAt)}${data.minutesApprovedBy ? ` af ${data.minutesApprovedBy}` : ''}.`,
        }
      : { kind: 'paragraph', text: 'Kladde: referatet er ikke godkendt endnu.' };
  return [status, ...blocks];
}
