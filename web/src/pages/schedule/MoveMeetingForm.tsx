import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert, problemText } from '../../components/ErrorAlert.js';
import { SelectField, TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary.js';
import { useMoveMeeting, type MoveMeetingResponse, type ScheduleMeetingItem } from './api.js';

const ID = 'move-meeting';
const FIELDS = ['date', 'start', 'end'] as const;

/** Quarter hours from 07:00 to 18:00, as the server accepts them. */
const TIMES = Array.from({ length: 45 }, (_, i) => {
  const minutes = 7 * 60 + i * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});

interface MoveMeetingFormProps {
  courseId: string;
  /** The meeting as the schedule shows it now (its version follows a refetch after a conflict). */
  meeting: ScheduleMeetingItem;
  onDone: (result: MoveMeetingResponse, title: string) => void;
  onCancel: () => void;
}

/**
 * Moves one meeting: date and start/end in quarter hours, saved with the
 * meeting's version. A move that breaks scheduling rules is saved; the page
 * then shows the rules. The server's field errors are summarised and shown at
 * their fields; on 409 the latest meeting is loaded and the user's choice stays.
 */
export function MoveMeetingForm({ courseId, meeting, onDone, onCancel }: MoveMeetingFormProps) {
  const t = useT();
  const s = t.schedule;
  const move = useMoveMeeting(courseId);
  const [date, setDate] = useState(meeting.date ?? '');
  const [start, setStart] = useState(meeting.start?.slice(0, 5) ?? '09:00');
  const [end, setEnd] = useState(meeting.end?.slice(0, 5) ?? '11:00');
  const [missingDate, setMissingDate] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [meeting.id]);

  const save = (time: { date: string | null; start: string | null; end: string | null }) => {
    move.mutate(
      { meetingId: meeting.id, version: meeting.version, ...time },
      { onSuccess: (result) => onDone(result, meeting.title) },
    );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    move.reset();
    setMissingDate(date === '');
    if (date === '') return;
    save({ date, start, end });
  };

  const err = move.error;
  const labels = { date: s.date, start: s.start, end: s.end };
  const errorOf = (field: (typeof FIELDS)[number]) =>
    field === 'date' && missingDate ? s.required : fieldError(err, field);
  const summary: SummaryItem[] = FIELDS.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ target: `${ID}-${field}`, label: labels[field], message }] : [];
  });
  const options = TIMES.map((time) => ({ value: time, label: time }));
  return (
    <section aria-labelledby={`${ID}-heading`} className="mt-8">
      <h2 id={`${ID}-heading`} ref={heading} tabIndex={-1}>
        {meeting.date ? s.moveHeading(meeting.title) : s.setDateHeading(meeting.title)}
      </h2>
      <p>{meeting.date ? s.moveIntro : s.setDateIntro}</p>
      <ErrorSummary id={`${ID}-errors`} heading={s.moveErrorsHeading} items={summary} />
      {isApiError(err, 409) ? (
        <Alert variant="warning" heading={problemText(t, err).title}>
          <p>{s.moveConflict}</p>
        </Alert>
      ) : err && summary.length === 0 ? (
        <ErrorAlert error={err} />
      ) : null}
      <form onSubmit={submit} noValidate aria-labelledby={`${ID}-heading`}>
        <TextField
          id={`${ID}-date`}
          type="date"
          label={s.date}
          hint={s.dateHint}
          value={date}
          onChange={setDate}
          error={errorOf('date')}
          required
        />
        <SelectField
          id={`${ID}-start`}
          label={s.start}
          hint={s.timeHint}
          value={start}
          onChange={setStart}
          options={options}
          error={errorOf('start')}
        />
        <SelectField
          id={`${ID}-end`}
          label={s.end}
          value={end}
          onChange={setEnd}
          options={options}
          error={errorOf('end')}
        />
        <div className="mt-4">
          <button type="submit" className="button button-primary" disabled={move.isPending}>
            {move.isPending ? t.common.saving : meeting.date ? s.saveMove : s.saveDate}
          </button>{' '}
          {meeting.date ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={move.isPending}
              onClick={() => save({ date: null, start: null, end: null })}
            >
              {s.removeFromCalendar}
            </button>
          ) : null}{' '}
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {s.cancelMove}
          </button>
        </div>
      </form>
    </section>
  );
}
