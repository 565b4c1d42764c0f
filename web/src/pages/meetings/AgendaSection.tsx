import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { MEETING_LIMITS } from '../../../../src/shared/contracts/meetings.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { TextAreaField, TextField } from '../../components/fields.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { saveAgenda, type Meeting } from './api.js';
import { PartConflict } from './PartConflict.js';
import { useUnsavedPart } from './unsaved-changes.js';
import { useMeetingPart } from './use-meeting-part.js';

interface AgendaValues {
  agenda: string;
  location: string;
}

const pickAgenda = (m: Meeting): AgendaValues => ({ agenda: m.agenda, location: m.location });

function AgendaText({ values }: { values: AgendaValues }) {
  const t = useT();
  const m = t.meetings;
  return (
    <>
      <p className="mb-0">
        <strong>{m.locationLabel}:</strong> {values.location || m.empty}
      </p>
      <p className="pre-line">{values.agenda || m.empty}</p>
    </>
  );
}

/** The agenda (one item per line) and the place; a form for those who run the meeting. */
export function AgendaSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  return (
    <section aria-labelledby="meeting-agenda-heading" className="mt-8">
      <h2 id="meeting-agenda-heading">{m.agendaHeading}</h2>
      {meeting.allowed.editAgenda ? (
        <AgendaForm meeting={meeting} />
      ) : meeting.agenda ? (
        <p className="pre-line">{meeting.agenda}</p>
      ) : (
        <p>{m.noAgenda}</p>
      )}
    </section>
  );
}

function AgendaForm({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  const [values, setValues] = useState<AgendaValues>(() => pickAgenda(meeting));
  const [dirty, setDirty] = useState(false);
  const adopt = useCallback((v: AgendaValues) => {
    setValues(v);
    setDirty(false);
  }, []);
  const part = useMeetingPart(meeting, pickAgenda, dirty, adopt);
  useUnsavedPart('agenda', dirty || part.theirs !== null);
  const change = (patch: Partial<AgendaValues>) => {
    setDirty(true);
    setValues((v) => ({ ...v, ...patch }));
  };
  useEffect(() => {
    if (part.theirs) document.getElementById('agenda-conflict')?.focus();
  }, [part.theirs]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void part.save((version) => saveAgenda(meeting.id, { version, ...values }));
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="meeting-agenda-heading">
      {part.savedAt && !dirty ? <Alert variant="success" heading={m.agendaSaved} /> : null}
      {part.theirs ? (
        <PartConflict
          id="agenda-conflict"
          saved={<AgendaText values={part.theirs} />}
          mine={<AgendaText values={values} />}
          onChoose={part.resolve}
        />
      ) : null}
      {part.error ? (
        <ErrorAlert
          error={part.error}
          idPrefix="meeting"
          fieldLabels={{ agenda: m.agenda, location: m.locationLabel }}
        />
      ) : null}
      <TextField
        id="meeting-location"
        label={m.locationLabel}
        hint={m.locationHint}
        value={values.location}
        onChange={(location) => change({ location })}
        error={fieldError(part.error, 'location')}
        optional
        width="xl"
        limit={MEETING_LIMITS.location}
      />
      <TextAreaField
        id="meeting-agenda"
        label={m.agenda}
        hint={`${m.agendaHint} ${m.noChildNames}`}
        value={values.agenda}
        onChange={(agenda) => change({ agenda })}
        error={fieldError(part.error, 'agenda')}
        optional
        rows={6}
        limit={MEETING_LIMITS.agenda}
      />
      <button type="submit" className="button button-secondary" disabled={part.busy || part.theirs !== null}>
        {part.busy ? t.common.saving : m.saveAgenda}
      </button>
    </form>
  );
}
