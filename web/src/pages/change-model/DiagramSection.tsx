import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { useT } from '../../i18n/i18n.js';
import { diagramUrl, useDiagram, type ChangeModel } from './api.js';
import { ModelText } from './ModelText.js';

/**
 * The saved version drawn by the server (one drawing for the page, the print
 * and the download), inlined so it scales and prints sharply. The SVG names
 * itself (title and description); the model in words follows it.
 */
export function DiagramSection({ model, municipalityName }: { model: ChangeModel; municipalityName: string }) {
  const t = useT();
  const m = t.changeModel;
  const diagram = useDiagram(model.courseId, model.version);
  return (
    <section aria-labelledby="cm-diagram-heading" className="cm-diagram-section">
      <h2 id="cm-diagram-heading">{m.diagramHeading}</h2>
      <p className="cm-no-print">{m.diagramIntro}</p>
      <div className="button-row cm-no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {m.print}
        </button>
        <a
          className="button button-tertiary"
          href={diagramUrl(model.courseId, model.version)}
          download={`forandringsmodel-${municipalityName}-v${model.version}.svg`}
        >
          {m.downloadSvg}
        </a>
      </div>
      {diagram.isPending ? <Loading /> : null}
      {diagram.isError ? <ErrorAlert error={diagram.error} onRetry={() => void diagram.refetch()} /> : null}
      {/* Drawn by the server from validated content with every text XML-escaped; no script, no style attributes. */}
      {diagram.data ? <div className="cm-diagram" dangerouslySetInnerHTML={{ __html: diagram.data }} /> : null}
      <details className="cm-no-print mt-4">
        <summary>{m.textVersion}</summary>
        <ModelText content={model.content} />
      </details>
    </section>
  );
}
