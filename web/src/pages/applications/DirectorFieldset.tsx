import { APPLICATION_LIMITS } from '../../../../src/shared/contracts/applications.js';
import { TextField } from '../../components/fields.js';
import { useT } from '../../i18n/i18n.js';
import { documentUrl, uploadPath, type Application } from './api.js';
import { fieldId, type ApplicationValues } from './application-form.js';
import { PdfUpload } from './PdfUpload.js';
import { StoredFileLink } from './StoredFileLink.js';
import { TextAreaField } from '../../components/fields.js';

interface DirectorFieldsetProps {
  app: Application;
  values: ApplicationValues;
  set: <K extends keyof ApplicationValues>(key: K) => (value: ApplicationValues[K]) => void;
  onUploaded: (app: Application) => void;
  disabled: boolean;
  /** Messages of fields that cannot be saved as typed, by input id (a too long text words its own). */
  problems: Record<string, string>;
}

/** The director's commitment of resources and anchoring: text, who signed and when, and the signed PDF. */
export function DirectorFieldset({ app, values, set, onUploaded, disabled, problems }: DirectorFieldsetProps) {
  const t = useT();
  const a = t.applications;
  return (
    <fieldset className="mt-7" disabled={disabled}>
      <legend className="h2">{a.directorHeading}</legend>
      <TextAreaField
        id={fieldId('resourceCommitment')}
        label={a.resourceCommitment}
        hint={a.resourceCommitmentHint}
        value={values.resourceCommitment}
        onChange={set('resourceCommitment')}
        error={problems[fieldId('resourceCommitment')]}
        rows={6}
        limit={APPLICATION_LIMITS.resourceCommitment}
      />
      <TextField
        id={fieldId('directorName')}
        label={a.directorName}
        value={values.directorName}
        onChange={set('directorName')}
        autoComplete="off"
        error={problems[fieldId('directorName')]}
        width="l"
        limit={APPLICATION_LIMITS.directorName}
      />
      <TextField
        id={fieldId('directorTitle')}
        label={a.directorTitle}
        value={values.directorTitle}
        onChange={set('directorTitle')}
        autoComplete="off"
        error={problems[fieldId('directorTitle')]}
        width="l"
        limit={APPLICATION_LIMITS.directorTitle}
      />
      <TextField
        id={fieldId('directorSignedOn')}
        label={a.directorSignedOn}
        type="date"
        value={values.directorSignedOn}
        onChange={set('directorSignedOn')}
        error={problems[fieldId('directorSignedOn')]}
        width="s"
      />
      <PdfUpload<Application>
        id={fieldId('directorFile')}
        label={a.directorFile}
        hint={a.directorFileHint}
        path={uploadPath.directorCommitment(app.id)}
        onUploaded={onUploaded}
        disabled={disabled}
        current={
          app.directorFile ? (
            <div className="mb-4">
              <p className="mb-0 weight-semibold">{a.directorFileCurrent}</p>
              <StoredFileLink file={app.directorFile} href={documentUrl.directorCommitment(app.id)} />
            </div>
          ) : null
        }
      />
    </fieldset>
  );
}
