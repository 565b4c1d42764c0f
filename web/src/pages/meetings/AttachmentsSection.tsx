import { useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client.js';
import { useSession } from '../../auth/session.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert, problemText } from '../../components/ErrorAlert.js';
import { TextField } from '../../components/fields.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import {
  attachmentQueries,
  attachmentUrl,
  uploadAttachment,
  useAttachments,
  useRemoveAttachment,
  type ListMeetingAttachmentsResponse,
  type MeetingAttachment,
} from './attachments-api.js';

/**
 * A meeting's attachments ("Bilag", issue 11 point 8): the list for whoever
 * reads the meeting, with a download link each; for those who run it a form
 * to attach a file (with progress, the file's kind decided by the server from
 * its content) and a delete with confirmation. A refused file is named in the
 * message with the reason, and the form keeps the file and title chosen.
 */
export function AttachmentsSection({ meetingId }: { meetingId: string }) {
  const t = useT();
  const a = t.attachments;
  const query = useAttachments(meetingId);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="meeting-attachments-heading" className="mt-8">
      <h2 id="meeting-attachments-heading">{a.heading}</h2>
      <p>{a.intro}</p>
      {notice ? <Alert variant="success" heading={notice} /> : null}
      {query.data ? (
        <>
          <AttachmentList meetingId={meetingId} list={query.data} onNotice={setNotice} />
          {query.data.mayUpload ? <UploadForm meetingId={meetingId} list={query.data} onNotice={setNotice} /> : null}
        </>
      ) : (
        <QueryStatus query={query} />
      )}
    </section>
  );
}

function AttachmentList({
  meetingId,
  list,
  onNotice,
}: {
  meetingId: string;
  list: ListMeetingAttachmentsResponse;
  onNotice: (text: string | null) => void;
}) {
  const t = useT();
  const a = t.attachments;
  const remove = useRemoveAttachment(meetingId);
  const [asked, setAsked] = useState<MeetingAttachment | null>(null);
  if (list.attachments.length === 0) return <p>{a.none}</p>;
  const mayDeleteAny = list.attachments.some((x) => x.mayDelete);
  const confirm = () => {
    if (!asked) return;
    remove.mutate(asked.id, {
      onSuccess: () => {
        onNotice(a.removed(asked.title));
        setAsked(null);
      },
    });
  };
  return (
    <>
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      <ResponsiveTable caption={a.caption} className="table table--compact attachments-table">
        <thead>
          <tr>
            <th scope="col">{a.title}</th>
            <th scope="col">{a.kind}</th>
            <th scope="col" className="align-text-right">
              {a.size}
            </th>
            <th scope="col">{a.uploadedBy}</th>
            <th scope="col">{a.uploadedAt}</th>
            {mayDeleteAny ? (
              <th scope="col">
                <span className="sr-only">{a.actions}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {list.attachments.map((x) => (
            <tr key={x.id}>
              <th scope="row">
                <a href={attachmentUrl(x.id)} download={x.filename} aria-label={a.download(x.title)}>
                  {x.title}
                </a>
                {x.title !== x.filename ? <div className="small-text">{x.filename}</div> : null}
              </th>
              <td>{a.kinds[x.kind]}</td>
              <td className="align-text-right">{a.fileSize(x.size)}</td>
              <td>{x.uploadedBy}</td>
              <td>{formatDateTime(t, x.uploadedAt)}</td>
              {mayDeleteAny ? (
                <td>
                  {x.mayDelete ? (
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-label={a.removeLabel(x.title)}
                      onClick={() => {
                        onNotice(null);
                        remove.reset();
                        setAsked(x);
                      }}
                    >
                      {a.remove}
                    </button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </ResponsiveTable>
      <ConfirmDialog
        open={asked !== null}
        heading={a.removeHeading}
        confirmLabel={a.removeConfirm}
        onConfirm={confirm}
        onClose={() => setAsked(null)}
        busy={remove.isPending}
      >
        <p>{asked ? a.removeText(asked.title) : null}</p>
      </ConfirmDialog>
    </>
  );
}

function UploadForm({
  meetingId,
  list,
  onNotice,
}: {
  meetingId: string;
  list: ListMeetingAttachmentsResponse;
  onNotice: (text: string | null) => void;
}) {
  const t = useT();
  const a = t.attachments;
  const session = useSession();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { maxBytes, maxCount } = list.limits;
  const full = list.attachments.length >= maxCount;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    onNotice(null);
    setMessage(chosen && chosen.size > maxBytes ? a.tooLarge(chosen.name, maxBytes) : null);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onNotice(null);
    if (!file) {
      setMessage(a.chooseFile);
      input.current?.focus();
      return;
    }
    if (file.size > maxBytes) {
      setMessage(a.tooLarge(file.name, maxBytes));
      input.current?.focus();
      return;
    }
    setMessage(null);
    setError(null);
    setProgress(0);
    uploadAttachment(meetingId, { file, title }, session.csrfToken, setProgress)
      .then(async (created) => {
        // Only now is the form emptied: a refused file and its title stay for another try.
        setFile(null);
        setTitle('');
        if (input.current) input.current.value = '';
        onNotice(a.uploaded(created.title));
        await client.invalidateQueries({ queryKey: attachmentQueries.list(meetingId).queryKey });
      })
      .catch((err: unknown) => {
        setError(err);
        setMessage(a.refused(file.name, problemText(t, err).title));
        input.current?.focus();
      })
      .finally(() => setProgress(null));
  };

  const busy = progress !== null;
  const titleError = isApiError(error) ? error.fieldError('title') : undefined;
  const describedBy = ['attachment-file-hint', message ? 'attachment-file-error' : null].filter(Boolean).join(' ');
  return (
    <form onSubmit={submit} noValidate className="mt-6 no-print" aria-labelledby="meeting-attachment-upload-heading">
      <h3 id="meeting-attachment-upload-heading">{a.uploadHeading}</h3>
      {full ? <p>{a.full(maxCount)}</p> : null}
      {message && error ? <Alert variant="error" heading={message} /> : null}
      <TextField
        id="attachment-title"
        label={a.titleLabel}
        value={title}
        onChange={setTitle}
        hint={a.titleHint}
        error={titleError}
        optional
        width="xl"
      />
      <div className={`form-group${message ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="attachment-file">
          {a.fileLabel}
        </label>
        <span className="form-hint" id="attachment-file-hint">
          {a.fileHint(maxBytes)}
        </span>
        {message ? (
          <span className="form-error-message" id="attachment-file-error">
            <span className="sr-only">{t.common.errorPrefix}</span>
            {message}
          </span>
        ) : null}
        <input
          ref={input}
          id="attachment-file"
          name="file"
          type="file"
          accept=".pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
          disabled={busy || full}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
      </div>
      {busy ? (
        <p>
          <label htmlFor="attachment-progress">{a.progress}</label>{' '}
          <progress id="attachment-progress" max={1} value={progress}>
            {Math.round(progress * 100)} %
          </progress>
        </p>
      ) : null}
      <button type="submit" className="button button-secondary" disabled={busy || full}>
        {busy ? a.uploading : a.upload}
      </button>
    </form>
  );
}
