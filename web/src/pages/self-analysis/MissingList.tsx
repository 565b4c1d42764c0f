import type { MouseEvent } from 'react';
import { useT } from '../../i18n/i18n.js';
import type { SelfAnalysis } from './api.js';
import { missingText } from './missing-text.js';
import { focusField, targetOf, type SelfAnalysisValues } from './self-analysis-form.js';

/** What must be filled before presenting, as of the last save, each linked to its field. */
export function MissingList({ sa, values }: { sa: SelfAnalysis; values: SelfAnalysisValues }) {
  const t = useT();
  const s = t.selfAnalysis;
  const go = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    focusField(id);
  };
  return (
    <section aria-labelledby="self-analysis-missing-heading" className="mt-6">
      <h2 id="self-analysis-missing-heading" className="h3">
        {s.missingHeading}
      </h2>
      {sa.missing.length === 0 ? (
        <p>{s.nothingMissing}</p>
      ) : (
        <ul>
          {sa.missing.map((m) => {
            const target = targetOf(m.field, values);
            return (
              <li key={m.field}>
                <a href={`#${target}`} onClick={go(target)}>
                  {missingText(t, m)}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
