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
import { dismissConflict, useChangeModel, type ChangeModel, type ChangeModelConflict } from './api.js';
import { ChangeModelEditor } from './ChangeModelEditor.js';
import { ConflictPanel } from './ConflictPanel.js';
import { DiagramSection } from './DiagramSection.js';
import { valuesOf, type EditorValues } from './editor-form.js';
import { IndicatorsSection } from './IndicatorsSection.js';
import { VersionsSection } from './VersionsSection.js';
import './change-model.css';

/** A kept edit fetched into the editor: saved from there, it is put away. */
interface Draft {
  conflict: ChangeModelConflict;
  values: EditorValues;
}

/**
 * The course's change model (/forloeb/:id/forandringsmodel): the diagram with
 * print, indicator progress with the measurement form, the structured editor
 * for those who may edit (the server says who, in `allowed`), kept edits to
 * choose between, and the versions with a comparison of any two.
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
  const [draft, setDraft] = useState<Draft | null>(null);
  const onSaved = (version: number) => {
    setSaved(version);
    if (draft) void dismissConflict(model.courseId, draft.conflict.id).catch(() => undefined);
    setDraft(null);
  };
  const edit = (conflict: ChangeModelConflict) => {
    setSaved(null);
    setDraft({ conflict, values: { ...valuesOf(conflict.content.model), note: conflict.content.note } });
    window.requestAnimationFrame(() => document.getElementById('cm-edit-heading')?.scrollIntoView());
  };
  const conflicts = model.conflicts.filter((c) => c.id !== draft?.conflict.id);
  return (
    <>
      <p className="font-lead">
        {model.version > 0 && model.savedAt && model.savedBy
          ? m.versionInfo(model.version, formatInstant(t, model.savedAt), model.savedBy)
          : model.allowed.edit
            ? m.noVersion
            : m.noVersionReadOnly}
      </p>
      {conflicts.map((c) => (
        <ConflictPanel key={c.id} model={model} conflict={c} onEdit={edit} />
      ))}
      <DiagramSection model={model} municipalityName={municipalityName} />
      <IndicatorsSection model={model} />
      {saved !== null ? <Alert variant="success" heading={m.savedVersion(saved)} className="mt-8" /> : null}
      {draft ? <Alert variant="info" heading={m.editKeptLoaded} className="mt-8" /> : null}
      {model.allowed.edit ? (
        <ChangeModelEditor
          key={`${model.version}-${draft?.conflict.id ?? ''}`}
          model={model}
          initial={draft?.values ?? valuesOf(model.content)}
          onSaved={onSaved}
        />
      ) : null}
      <VersionsSection key={model.version} model={model} />
    </>
  );
}
