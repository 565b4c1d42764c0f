import { formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { StoredFile } from './api.js';
import { formatInstant } from './time.js';

/** A link to download an uploaded file, with its size and when it came. */
export function StoredFileLink({ file, href }: { file: StoredFile; href: string }) {
  const t = useT();
  const a = t.applications;
  const size =
    file.size >= 1024 * 1024
      ? `${formatNumber(t, Math.round((file.size / 1024 / 1024) * 10) / 10)} MB`
      : `${formatNumber(t, Math.max(1, Math.round(file.size / 1024)))} kB`;
  return (
    <p className="mb-0">
      <a href={href} download={file.filename}>
        {a.download(file.filename)}
      </a>
      <span className="small-text"> · {a.fileFacts(size, formatInstant(t, file.uploadedAt))}</span>
    </p>
  );
}
