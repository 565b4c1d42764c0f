import './meetings.css';
import { useParams } from 'react-router';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { ReadersPanel } from '../access/ReadersPanel.js';
import { coursePath, CourseHeader } from '../courses/CourseHeader.js';
import { NotFoundPage } from '../errors/ErrorPages.js';
import { AgendaSection } from './AgendaSection.js';
import { AttachmentsSection } from './AttachmentsSection.js';
import { useMeeting } from './api.js';
import { EarlierTrials } from './EarlierTrials.js';
import { MeetingDocuments } from './MeetingDocuments.js';
import { MeetingFacts } from './MeetingFacts.js';
import { MinutesSection } from './MinutesSection.js';
import { ParticipantsSection } from './ParticipantsSection.js';
import { StatusActions } from './StatusActions.js';
import { TrialsSection } from './TrialsSection.js';
import { UnsavedChangesGuard } from './unsaved-changes.js';

/**
 * One meeting of a course: its facts and status, agenda and place,
 * participants with attendance and hours, minutes and decisions, the trials
 * agreed there and – at a working group – those of its earlier meetings. Each
 * part shows its form only when the server says the user may (`allowed`).
 * Leaving with changes not saved asks first (UnsavedChangesGuard).
 */
export function MeetingPage() {
  const t = useT();
  const { id = '', meetingId = '' } = useParams();
  const query = useMeeting(meetingId);
  const meeting = query.data;
  usePageTitle(meeting?.title, meeting ? t.courses.heading(meeting.course.municipalityName) : null, t.courses.title);
  if (!meeting) return <QueryStatus query={query} />;
  if (meeting.course.id !== id) return <NotFoundPage />;
  return (
    <UnsavedChangesGuard>
      <CourseHeader
        course={{
          id: meeting.course.id,
          municipalityName: meeting.course.municipalityName,
          roundName: meeting.course.roundName,
        }}
        heading={meeting.title}
        trail={[{ label: t.courses.tabs.meetings, to: coursePath(id, 'meetings') }]}
        guest={meeting.guest}
      />
      <MeetingFacts meeting={meeting} />
      <MeetingDocuments meeting={meeting} />
      {meeting.allowed.changeStatus ? <StatusActions key={`status-${meeting.id}`} meeting={meeting} /> : null}
      <AgendaSection key={`agenda-${meeting.id}`} meeting={meeting} />
      <AttachmentsSection key={`attachments-${meeting.id}`} meetingId={meeting.id} />
      <ParticipantsSection key={`participants-${meeting.id}`} meeting={meeting} />
      <MinutesSection key={`minutes-${meeting.id}`} meeting={meeting} />
      <TrialsSection key={`trials-${meeting.id}`} meeting={meeting} />
      {meeting.kind === 'working_group' ? <EarlierTrials meeting={meeting} /> : null}
      <ReadersPanel kind="meeting" id={meeting.id} />
    </UnsavedChangesGuard>
  );
}
