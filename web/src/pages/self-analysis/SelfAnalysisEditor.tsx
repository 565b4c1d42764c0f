import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { SECTION_KEYS, SelfAnalysisContent } from '../../../../src/shared/contracts/self-analysis.js';
import { isApiError } from '../../api/client.js';
import { fieldError } from '../../components/form-errors.js';
import { useT } from '../../i18n/i18n.js';
import { SaveStatus } from '../../versions/SaveStatus.js';
import { useVersionedDocument, type Saved } from '../../versions/use-versioned-document.js';
import { VersionConflict } from '../../versions/VersionConflict.js';
import { deleteSelfAnalysisConflict, saveSelfAnalysis, selfAnalysisKey, type SelfAnalysis } from './api.js';
import { CapacityEditor } from './CapacityEditor.js';
import { ListEditor } from './ListEditor.js';
import { MissingList } from './MissingList.js';
import { PresentPanel } from './PresentPanel.js';
import { QuestionsFieldset } from './QuestionsFieldset.js';
import { contentOf, ID_PREFIX, valuesOf, type SelfAnalysisValues } from './self-analysis-form.js';
import { selfAnalysisFields } from './self-analysis-fields.js';

const savedOf = (sa: SelfAnalysis): Saved<SelfAnalysisContent> => ({
  version: sa.version,
  content: sa.content,
  savedAt: sa.updatedAt,
});

interface SelfAnalysisEditorProps {
  sa: SelfAnalysis;
  onPresented: (sa: SelfAnalysis) => void;
}

/**
 * The template as a form, saved as it is typed (useVersionedDocument). A
 * colleague's save of other fields is merged in; while a choice between two
 * saves of the same fields waits, the form is locked and nothing is saved.
 */
export function SelfAnalysisEditor({ sa, onPresented }: SelfAnalysisEditorProps) {
  const t = useT();
  const s = t.selfAnalysis;
  const queryClient = useQueryClient();
  const institutionIds = sa.institutions.map((i) => i.id);
  const names = Object.fromEntries(sa.institutions.map((i) => [i.id, i.name]));
  const { values, change, status, flush, version, pending, resolve, notice } = useVersionedDocument<
    SelfAnalysisValues,
    SelfAnalysisContent
  >({
    saved: savedOf(sa),
    kept: sa.allowed.resolveConflicts ? sa.conflicts : [],
    valuesOf: (content) => valuesOf(content, institutionIds),
    contentOf,
    fields: (contents) => selfAnalysisFields(t, contents, names),
    parse: (content) => SelfAnalysisContent.safeParse(content).data ?? null,
    save: async (v, content) => {
      try {
        const next = await saveSelfAnalysis(sa.courseId, v, content);
        queryClient.setQueryData(selfAnalysisKey(sa.courseId), next);
        return savedOf(next);
      } catch (err) {
        // Presented meanwhile: the page shows it (what was typed is kept by the server).
        if (isApiError(err, 409) && err.code !== 'version_conflict')
          await queryClient.invalidateQueries({ queryKey: selfAnalysisKey(sa.courseId) });
        throw err;
      }
    },
    dismiss: (conflictId) => deleteSelfAnalysisConflict(sa.courseId, conflictId),
  });
  const locked = pending !== null;
  const saveError = status.kind === 'error' ? status.error : null;
  const serverError = (field: string) => fieldError(saveError, field);
  const set =
    <K extends keyof SelfAnalysisValues>(key: K) =>
    (value: SelfAnalysisValues[K]) =>
      change({ ...values, [key]: value });
  const noSubmit = (e: FormEvent) => e.preventDefault();

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <SaveStatus
          id="self-analysis-save-status"
          status={status}
          notice={notice}
          onRetry={() => void flush()}
          idPrefix={ID_PREFIX}
        />
        {pending ? (
          <VersionConflict key={pending.conflictId} pending={pending} onResolve={(c) => void resolve(c)} />
        ) : null}
        <form onSubmit={noSubmit} onBlur={() => void flush()} noValidate aria-label={s.formLabel}>
          {SECTION_KEYS.map((section) => (
            <QuestionsFieldset
              key={section}
              section={section}
              answers={values[section]}
              onChange={(answers) => set(section)(answers as SelfAnalysisValues[typeof section])}
              disabled={locked}
              serverError={serverError}
            />
          ))}
          <CapacityEditor
            sa={sa}
            municipality={values.municipality}
            institutions={values.institutions}
            onMunicipality={set('municipality')}
            onInstitution={(id, next) => set('institutions')({ ...values.institutions, [id]: next })}
            disabled={locked}
            serverError={serverError}
          />
          <ListEditor
            list="strengths"
            items={values.strengths}
            onChange={set('strengths')}
            disabled={locked}
            serverError={serverError}
          />
          <ListEditor
            list="challenges"
            items={values.challenges}
            onChange={set('challenges')}
            disabled={locked}
            serverError={serverError}
          />
        </form>
      </div>
      <div className="col-12 col-lg-4">
        <MissingList sa={sa} values={values} />
        <PresentPanel
          sa={sa}
          values={values}
          flush={flush}
          version={version}
          onPresented={onPresented}
          disabled={locked}
        />
      </div>
    </div>
  );
}
