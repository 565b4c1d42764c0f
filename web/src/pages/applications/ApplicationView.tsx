import { Fragment } from 'react';
import { useT } from '../../i18n/i18n.js';
import { documentUrl, type Application } from './api.js';
import { useContentSections } from './content-rows.js';
import { StoredFileLink } from './StoredFileLink.js';
import { formatInstant } from './time.js';

/** Text typed in a textarea, its line breaks kept as paragraphs. */
function Paragraphs({ text }: { text: string }) {
  const parts = text.split(/\n+/).filter((p) => p.trim() !== '');
  if (parts.length <= 1) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) => (
        <p key={i} className={i === 0 ? 'mt-0' : 'mt-2'}>
          {p}
        </p>
      ))}
    </>
  );
}

/** The application's content to read: one definition list per section, and the director's signed PDF. */
export function ApplicationView({ app }: { app: Application }) {
  const t = useT();
  const a = t.applications;
  const sections = useContentSections()(app.content, app.institutionNames);
  return (
    <section aria-labelledby="application-content-heading" className="mt-7">
      <h2 id="application-content-heading">{a.contentHeading}</h2>
      {app.status === 'draft' && app.updatedBy ? (
        <p>{a.lastSaved(formatInstant(t, app.updatedAt), app.updatedBy)}</p>
      ) : null}
      {sections.map((s) => (
        <div key={s.key} className="mt-6">
          <h3>{s.heading}</h3>
          <dl>
            {s.rows.map((r) => (
              <Fragment key={r.key}>
                <dt className="weight-semibold mt-4">{r.label}</dt>
                <dd className="ml-0">
                  <Paragraphs text={r.value} />
                </dd>
              </Fragment>
            ))}
            {s.key === 'director' ? (
              <>
                <dt className="weight-semibold mt-4">{a.directorFile}</dt>
                <dd className="ml-0">
                  {app.directorFile ? (
                    <StoredFileLink file={app.directorFile} href={documentUrl.directorCommitment(app.id)} />
                  ) : (
                    a.none
                  )}
                </dd>
              </>
            ) : null}
          </dl>
        </div>
      ))}
    </section>
  );
}
