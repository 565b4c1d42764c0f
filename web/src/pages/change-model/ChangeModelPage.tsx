import { DownloadButton } from '../../components/DownloadButton.js';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { ReadersPanel } from '../access/ReadersPanel.js';
import { formatInstant } from '../applications/time.js';
import { CourseHeader } from '../courses/CourseHeader.js';
import { useCourse } from '../courses/api.js';
import { useChangeModel, type ChangeModel } from './api.js';
import { ChangeModelEditor } from './ChangeModelEditor.js';
import { DiagramSection } from './DiagramSection.js';
import { IndicatorsSection } from './IndicatorsSection.js';
import { VersionsSection } from './VersionsSection.js';
import './change-model.css';
import { PrintButton } from '../../components/PrintButton.js';
import { endpointUrl } from '../../api/call.js';
import { changeModelEndpoints } from '../../../../src/shared/contracts/endpoints/courses.js';

/**
 * The course's change model (/forloeb/:id/forandringsmodel): the diagram with
 * print, indicator progress with the measurement form, the structured editor
 * for those who may edit (the server says who, in `allowed`; kept edits are
 * offered there per section), and the versions with a comparison of any two.
 */
export function ChangeModelPage() {
  const t = useT();
  const m = t.changeModel;
  const { id = '' } = useParams();
  const course = useCourse(id);
  const model = useChangeModel(id);
  usePageTitle(course.data ? m.pageTitle(course.data.municipalityName) : null, m.title);
  if (!course.data) return <QueryStatus query={course} />;
  return (
    <>
      <CourseHeader course={course.data} heading={m.title} />
      <PrintButton page="change-model" />
      <DownloadButton href={endpointUrl(changeModelEndpoints.indicatorsXlsx, { params: { id } })}>
        {t.print.indicatorsExport}
      </DownloadButton>
      <p>{m.intro}</p>
      {model.data ? (
        <ChangeModelBody model={model.data} municipalityName={course.data.municipalityName} />
      ) : (
        <QueryStatus query={model} />
      )}
      {model.data ? <ReadersPanel kind="change_model" id={model.data.courseId} /> : null}
    </>
  );
}

function ChangeModelBody({ model, municipalityName }: { model: ChangeModel; municipalityName: string }) {
  const t = useT();
  const m = t.changeModel;
  const [saved, setSaved] = useState<number | null>(null);
  const [edition, setEdition] = useState(0);
  const onSaved = (version: number) => {
    setSaved(version);
    setEdition((n) => n + 1); // a fresh form (and an empty note) for the next version
  };
  return (
    <>
      <p className="font-lead">
        {model.version > 0 && model.savedAt && model.savedBy
          ? m.versionInfo(model.version, formatInstant(t, model.savedAt), model.savedBy)
          : model.allowed.edit
            ? m.noVersion
            : m.noVersionReadOnly}
      </p>
      <DiagramSection model={model} municipalityName={municipalityName} />
      <IndicatorsSection model={model} />
      {saved !== null ? <Alert variant="success" heading={m.savedVersion(saved)} className="mt-8" /> : null}
      {model.allowed.edit ? <ChangeModelEditor key={edition} model={model} onSaved={onSaved} /> : null}
      <VersionsSection key={model.version} model={model} />
    </>
  );
}
