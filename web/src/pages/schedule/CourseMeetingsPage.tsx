import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { word } from '../../../../src/shared/contracts/messages.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { CourseHeader } from '../courses/CourseHeader.js';
import { MeetingsTable, type MeetingRow } from '../courses/MeetingsTable.js';
import { DownloadButton } from '../../components/DownloadButton.js';
import { endpointUrl } from '../../api/call.js';
import { meetingEndpoints } from '../../../../src/shared/contracts/endpoints/courses.js';
import { useCourseSchedule, type MoveMeetingResponse } from './api.js';
import { CourseProposalPanel } from './CourseProposalPanel.js';
import { MoveMeetingForm } from './MoveMeetingForm.js';

const MOVED_ID = 'meeting-moved';

/** What a move did: moved, moved but breaking rules (listed, not hidden), or taken off the calendar. */
function MoveResult({ result, title }: { result: MoveMeetingResponse; title: string }) {
  const t = useT();
  const s = t.schedule;
  if (result.date === null) return <Alert id={MOVED_ID} variant="success" heading={s.removed(title)} />;
  if (result.violations.length === 0) return <Alert id={MOVED_ID} variant="success" heading={s.moved(title)} />;
  return (
    <Alert id={MOVED_ID} variant="warning" heading={s.movedWithBreaks(title)}>
      <ul>
        {result.violations
          .map((v) => word(s.violationText, v))
          .map((text) => (
            <li key={text}>{text}</li>
          ))}
      </ul>
    </Alert>
  );
}

/**
 * A course's meetings (/forloeb/:id/moeder): date, time, kind, status and the
 * rules each breaks; for the admin and the course's consultant a proposal for
 * the undated meetings; "Flyt" for those the server allows.
 */
export function CourseMeetingsPage() {
  const t = useT();
  const s = t.schedule;
  const { id = '' } = useParams();
  const query = useCourseSchedule(id);
  const schedule = query.data;
  const [movingId, setMovingId] = useState<string | null>(null);
  const [moved, setMoved] = useState<{ result: MoveMeetingResponse; title: string } | null>(null);
  // A new move starts a fresh proposal panel: an earlier "N møder har fået en dato" is history by then.
  const [panel, setPanel] = useState(0);
  const opener = useRef<HTMLElement | null>(null);
  usePageTitle(schedule ? s.meetingsPageTitle(schedule.course.municipalityName) : null, t.courses.title);
  useEffect(() => {
    if (moved) document.getElementById(MOVED_ID)?.focus();
  }, [moved]);
  if (!schedule) return <QueryStatus query={query} />;
  const moving = schedule.meetings.find((m) => m.id === movingId && m.allowed.move) ?? null;

  const startMove = (m: MeetingRow) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setMoved(null);
    setPanel((n) => n + 1);
    setMovingId(m.id);
  };
  const cancelMove = () => {
    setMovingId(null);
    window.requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <>
      <CourseHeader course={schedule.course} heading={s.meetingsHeading} />
      <p>{s.meetingsIntro}</p>
      {/* The course's meetings with attendance and hours per role as Excel (issue 11, point 7). */}
      <DownloadButton href={endpointUrl(meetingEndpoints.courseMeetingsXlsx, { params: { id: schedule.course.id } })}>
        {t.print.meetingsExport}
      </DownloadButton>
      {schedule.themeDay ? <p>{s.themeDay(formatDate(t, schedule.themeDay))}</p> : null}
      {schedule.allowed.propose ? <CourseProposalPanel key={panel} schedule={schedule} /> : null}
      {moved ? (
        <div className="mt-6">
          <MoveResult result={moved.result} title={moved.title} />
        </div>
      ) : null}
      {moving ? (
        <MoveMeetingForm
          key={moving.id}
          courseId={schedule.course.id}
          meeting={moving}
          onCancel={cancelMove}
          onDone={(result, title) => {
            setMovingId(null);
            setMoved({ result, title });
          }}
        />
      ) : null}
      <MeetingsTable
        meetings={schedule.meetings}
        courseId={schedule.course.id}
        heading={s.tableHeading}
        showRules
        {...(schedule.allowed.move ? { onMove: startMove } : {})}
      />
    </>
  );
}
