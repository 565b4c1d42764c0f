import { useCallback, useState, type FormEvent } from 'react';
import { isApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useT } from '../../i18n/i18n.js';
import { saveParticipants, type Meeting, type ParticipantInput } from './api.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { HoursSummary } from './HoursSummary.js';
import { ParticipantRows } from './ParticipantRows.js';
import {
  draftsOf,
  participantsOf,
  pickParticipants,
  serverErrors,
  type ParticipantDraft,
  type ParticipantError,
} from './participants-form.js';
import { PartConflict } from './PartConflict.js';
import { AddParticipant } from './AddParticipant.js';
import { useUnsavedPart } from './unsaved-changes.js';
import { useMeetingPart } from './use-meeting-part.js';

function ParticipantList({ participants }: { participants: ParticipantInput[] }) {
  const t = useT();
  const m = t.meetings;
  if (participants.length === 0) return <p>{m.noParticipants}</p>;
  return (
    <ul className="mb-0">
      {participants.map((p, i) => (
        <li key={`${p.userId ?? 'guest'}-${i}`}>
          {p.name} ({m.participantRoles[p.participantRole]}) – {m.attended}:{' '}
          {p.attended === null ? m.notRecorded : p.attended ? m.yes : m.no}
          {p.hours !== null ? `, ${m.hoursText(p.hours)}` : ''}
        </li>
      ))}
    </ul>
  );
}

/** Who is invited, who came, the hours each spent – and the hours summed per role. */
export function ParticipantsSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  return (
    <section aria-labelledby="meeting-participants-heading" className="mt-8">
      <h2 id="meeting-participants-heading">{m.participantsHeading}</h2>
      {meeting.allowed.editParticipants ? (
        <ParticipantsForm meeting={meeting} />
      ) : (
        <ParticipantsTable meeting={meeting} />
      )}
      <HoursSummary meeting={meeting} />
    </section>
  );
}

function ParticipantsTable({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  if (meeting.participants.length === 0) return <p>{m.noParticipants}</p>;
  return (
    <ResponsiveTable caption={m.participantsCaption}>
      <thead>
        <tr>
          <th scope="col">{m.name}</th>
          <th scope="col">{m.role}</th>
          <th scope="col">{m.attended}</th>
          <th scope="col" className="align-text-right">
            {m.hours}
          </th>
        </tr>
      </thead>
      <tbody>
        {meeting.participants.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            <td>{m.participantRoles[p.participantRole]}</td>
            <td>{p.attended === null ? m.notRecorded : p.attended ? m.yes : m.no}</td>
            <td className="align-text-right">{p.hours === null ? '' : t.meetings.hoursText(p.hours)}</td>
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
}

function ParticipantsForm({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  const [drafts, setDrafts] = useState<ParticipantDraft[]>(() => draftsOf(pickParticipants(meeting)));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<ParticipantError[]>([]);
  const adopt = useCallback((participants: ParticipantInput[]) => {
    setDrafts(draftsOf(participants));
    setDirty(false);
  }, []);
  const part = useMeetingPart(meeting, pickParticipants, dirty, adopt);
  useUnsavedPart('participants', dirty || part.theirs !== null);
  const change = (next: ParticipantDraft[]) => {
    setDirty(true);
    setDrafts(next);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { participants, errors: found } = participantsOf(drafts, t);
    setErrors(found);
    if (found.length > 0) return;
    void part.save((version) => saveParticipants(meeting.id, { version, participants })).then(() => undefined);
  };
  const err = part.error;
  const fieldErrors = isApiError(err, 400) ? serverErrors(err.fieldErrors, drafts, t) : [];
  const shownErrors = errors.length > 0 ? errors : fieldErrors;
  const mine = participantsOf(drafts, t).participants;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="meeting-participants-heading">
      <p>{m.participantsIntro}</p>
      {part.savedAt && !dirty ? <Alert variant="success" heading={m.participantsSaved} /> : null}
      <ErrorSummary id="participants-errors" heading={m.participantsErrorHeading} items={shownErrors} />
      {err && fieldErrors.length === 0 ? <ErrorAlert error={err} /> : null}
      {part.theirs ? (
        <PartConflict
          id="participants-conflict"
          saved={<ParticipantList participants={part.theirs} />}
          mine={<ParticipantList participants={mine} />}
          onChoose={part.resolve}
        />
      ) : null}
      <ParticipantRows drafts={drafts} errors={shownErrors} onChange={change} />
      <AddParticipant invitable={meeting.invitable} drafts={drafts} onAdd={(row) => change([...drafts, row])} />
      <button type="submit" className="button button-primary mt-4" disabled={part.busy || part.theirs !== null}>
        {part.busy ? t.common.saving : m.saveParticipants}
      </button>
    </form>
  );
}
