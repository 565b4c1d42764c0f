import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { meetingAttachmentEndpoints as E } from '../../../../src/shared/contracts/endpoints/meeting-attachments.js';
import type {
  ListMeetingAttachmentsResponse,
  MeetingAttachment,
} from '../../../../src/shared/contracts/meeting-attachments.js';
import { call, endpointPath, endpointUrl } from '../../api/call.js';
import { API_BASE, ApiError } from '../../api/client.js';
import type { Problem } from '../../api/contracts.js';

export type { ListMeetingAttachmentsResponse, MeetingAttachment };

/** Query keys and fetches of a meeting's attachments. */
export const attachmentQueries = {
  list: (meetingId: string) =>
    queryOptions({
      queryKey: ['meeting', meetingId, 'attachments'] as const,
      queryFn: ({ signal }) => call(E.list, { params: { id: meetingId }, signal }),
    }),
};

export const useAttachments = (meetingId: string) => useQuery(attachmentQueries.list(meetingId));

/** Where an attachment is downloaded from (a plain link: the server sends it as a download). */
export const attachmentUrl = (id: string) => endpointUrl(E.download, { params: { id } });

export function useRemoveAttachment(meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(E.remove, { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: attachmentQueries.list(meetingId).queryKey }),
  });
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).title === 'string' &&
    typeof (value as Problem).code === 'string'
  );
}

/**
 * Sends one file (multipart: `title`, then `file`) with the session's CSRF
 * token, reporting how much has been sent (XMLHttpRequest: fetch cannot tell).
 * Throws ApiError as call() does, so the server's Danish refusal reaches the form.
 */
export function uploadAttachment(
  meetingId: string,
  input: { file: File; title: string },
  csrfToken: string,
  onProgress: (fraction: number) => void,
): Promise<MeetingAttachment> {
  const body = new FormData();
  body.append('title', input.title);
  body.append('file', input.file, input.file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}${endpointPath(E.upload, { id: meetingId })}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: '', status: 0, code: 'network' }));
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page, e.g. for a body that is too large).
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(json as MeetingAttachment);
      if (isProblem(json)) return reject(new ApiError({ ...json, status: xhr.status }));
      const code = xhr.status === 413 ? 'attachment_too_large' : `http_${xhr.status}`;
      reject(new ApiError({ type: 'about:blank', title: xhr.statusText || 'Error', status: xhr.status, code }));
    };
    xhr.send(body);
  });
}
