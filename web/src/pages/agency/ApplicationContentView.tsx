import type { ReactNode } from 'react';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { fileUrls, type Application } from './api.js';
import { formatPercent } from './format.js';
import { Paragraphs } from './Paragraphs.js';

/** A block of the application's free text, kept as the municipality wrote it (line breaks and all). */
function TextBlock({ heading, text }: { heading: string; text: string }) {
  const t = useT();
  return (
    <>
      <h3 className="mt-6">{heading}</h3>
      {text ? <Paragraphs text={text} /> : <p className="text-muted">{t.agency.application.notGiven}</p>}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The application as submitted, read-only: contact, institutions and their need, motivation, backing, the director's commitment. */
export function ApplicationContentView({ application }: { application: Application }) {
  const t = useT();
  const m = t.agency.application;
  const c = application.content;
  const none = <span className="text-muted">{m.notGiven}</span>;
  return (
    <section aria-labelledby="application-heading" className="mt-8">
      <h2 id="application-heading">{t.agency.assess.applicationHeading}</h2>
      <dl className="facts">
        <Fact label={m.contact}>{m.contactText(c.contactName, c.contactEmail, c.contactPhone) || none}</Fact>
        <Fact label={m.familyDaycareShare}>
          {c.familyDaycareShare === null ? none : formatPercent(t, c.familyDaycareShare)}
        </Fact>
        <Fact label={m.evaluation}>{c.evaluationCommitment ? m.evaluationYes : m.evaluationNo}</Fact>
      </dl>
      <h3 className="mt-6">{m.institutions}</h3>
      {c.institutions.length === 0 ? (
        <p className="text-muted">{m.notGiven}</p>
      ) : (
        <ul className="nobullet-list">
          {c.institutions.map((inst) => (
            <li key={inst.institutionId} className="mb-5">
              <strong>{application.institutionNames[inst.institutionId] ?? m.institution}</strong>
              <dl className="facts mt-2">
                <Fact label={m.vulnerableShare}>
                  {inst.vulnerableFamiliesShare === null ? none : formatPercent(t, inst.vulnerableFamiliesShare)}
                </Fact>
                <Fact label={m.needDocumentation}>
                  {inst.needDocumentation ? <Paragraphs text={inst.needDocumentation} className="mt-0 mb-2" /> : none}
                </Fact>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <TextBlock heading={m.motivation} text={c.motivation} />
      <TextBlock heading={m.managementBacking} text={c.managementBacking} />
      <TextBlock heading={m.resourceCommitment} text={c.resourceCommitment} />
      <h3 className="mt-6">{m.director}</h3>
      <dl className="facts">
        <Fact label={m.directorNameTitle}>{m.directorText(c.directorName, c.directorTitle) || none}</Fact>
        <Fact label={m.directorSignedOn}>{c.directorSignedOn ? formatDate(t, c.directorSignedOn) : none}</Fact>
        <Fact label={m.directorFile}>
          {application.directorFile ? (
            <a href={fileUrls.directorCommitment(application.id)}>
              {m.directorFileLink(application.directorFile.filename)}
            </a>
          ) : (
            m.noDirectorFile
          )}
        </Fact>
      </dl>
    </section>
  );
}
