import { useT } from '../../i18n/i18n.js';
import type { ChangeModel } from './api.js';
import { MeasurementForm } from './MeasurementForm.js';
import { MeasurementsList } from './MeasurementsList.js';
import { ProgressTable } from './ProgressTable.js';

/** The steering view: each indicator's progress, the measurement form (for those who measure) and the measurements. */
export function IndicatorsSection({ model }: { model: ChangeModel }) {
  const m = useT().changeModel;
  return (
    <section aria-labelledby="cm-progress-heading" className="mt-8 cm-no-print">
      <h2 id="cm-progress-heading">{m.progressHeading}</h2>
      {model.indicators.length === 0 ? (
        <p>{m.noIndicators}</p>
      ) : (
        <>
          <p>{m.progressIntro}</p>
          <ProgressTable indicators={model.indicators} />
          {model.allowed.measure ? <MeasurementForm courseId={model.courseId} indicators={model.indicators} /> : null}
          <MeasurementsList courseId={model.courseId} indicators={model.indicators} />
        </>
      )}
    </section>
  );
}
