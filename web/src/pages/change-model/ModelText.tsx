import { formatDate, formatNumber } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { ChangeModelContent } from './api.js';
import { ITEM_SECTIONS } from './editor-form.js';

/** The model in words, section by section: the diagram's text alternative and the read-only view. */
export function ModelText({ content }: { content: ChangeModelContent }) {
  const t = useT();
  const m = t.changeModel;
  const outcomes = [...content.shortTermOutcomes, ...content.longTermOutcomes];
  const n = (x: number | null, unit: string) =>
    x === null ? t.common.none : `${formatNumber(t, x)}${unit ? ` ${unit}` : ''}`;
  return (
    <div className="cm-text">
      {(['problem', 'targetGroup'] as const).map((s) => (
        <section key={s} aria-labelledby={`cm-text-${s}`}>
          <h3 id={`cm-text-${s}`}>{m.sections[s]}</h3>
          <p className="cm-pre">{content[s] || m.empty}</p>
        </section>
      ))}
      {ITEM_SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`cm-text-${s}`}>
          <h3 id={`cm-text-${s}`}>{m.sections[s]}</h3>
          {content[s].length === 0 ? (
            <p>{m.empty}</p>
          ) : (
            <ul>
              {content[s].map((i) => (
                <li key={i.id}>{i.text}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section aria-labelledby="cm-text-indicators">
        <h3 id="cm-text-indicators">{m.sections.indicators}</h3>
        {content.indicators.length === 0 ? <p>{m.noIndicators}</p> : null}
        {content.indicators.map((i) => (
          <dl key={i.key} className="facts">
            <dt>{m.indicatorName}</dt>
            <dd>{i.name}</dd>
            <dt>{m.indicatorOutcome}</dt>
            <dd>{outcomes.find((o) => o.id === i.outcomeId)?.text ?? t.common.none}</dd>
            <dt>{m.dataSource}</dt>
            <dd>{i.dataSource || t.common.none}</dd>
            <dt>{m.baseline}</dt>
            <dd>{n(i.baseline, i.unit)}</dd>
            <dt>{m.target}</dt>
            <dd>{n(i.target, i.unit)}</dd>
            <dt>{m.whenText}</dt>
            <dd>
              {[i.measuredWhen.text, i.measuredWhen.dates.map((d) => formatDate(t, d)).join(', ')]
                .filter(Boolean)
                .join(' – ') || t.common.none}
            </dd>
          </dl>
        ))}
      </section>
    </div>
  );
}
