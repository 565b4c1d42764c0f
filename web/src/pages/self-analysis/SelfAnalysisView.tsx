import { QUESTION_KEYS, SECTION_KEYS } from '../../../../src/shared/contracts/self-analysis.js';
import { useT } from '../../i18n/i18n.js';
import { formatInstant } from '../applications/time.js';
import type { SelfAnalysis } from './api.js';
import { capacityParts, type EnteredFigure } from './capacity-template.js';
import { figureText } from './figures.js';
import { PrefilledTable } from './PrefilledTable.js';

function EnteredTable({
  caption,
  entered,
  figures,
}: {
  caption: string;
  entered: EnteredFigure[];
  figures: Record<string, number | null> | undefined;
}) {
  const t = useT();
  const s = t.selfAnalysis;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact mt-4">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.figure}</th>
            <th scope="col" className="numeric">
              {s.value}
            </th>
          </tr>
        </thead>
        <tbody>
          {entered.map((f) => (
            <tr key={f.key}>
              <th scope="row">{f.label}</th>
              <td className="numeric">{figureText(t, figures?.[f.key] ?? null, f.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The self-analysis read-only: for roles without write access, and once it is presented. */
export function SelfAnalysisView({ sa }: { sa: SelfAnalysis }) {
  const t = useT();
  const s = t.selfAnalysis;
  const { municipality, institutions } = capacityParts(t, sa);
  const c = sa.content;
  const part = (
    p: typeof municipality | (typeof institutions)[number],
    figures: Record<string, number | null> | undefined,
    note: string | undefined,
  ) => (
    <div key={p.id} className="mt-6">
      <h3>{p.heading}</h3>
      <div className="row">
        <div className="col-12 col-lg-6">
          <PrefilledTable caption={s.prefilledCaption(p.name)} rows={p.prefilled} />
        </div>
        <div className="col-12 col-lg-6">
          <EnteredTable caption={s.enteredCaption(p.name)} entered={p.entered} figures={figures} />
          {note ? (
            <p>
              <strong>{s.note}:</strong> {note}
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
  return (
    <div className="mt-6">
      {SECTION_KEYS.map((section) => (
        <section key={section} aria-labelledby={`sa-view-${section}`} className="mt-7">
          <h2 id={`sa-view-${section}`}>{s.sections[section].title}</h2>
          <p>{s.sections[section].intro}</p>
          {QUESTION_KEYS[section].map((key) => {
            const answer = (c[section] as Record<string, string>)[key] ?? '';
            return (
              <div key={key} className="mt-5">
                <h3 className="h5">{(s.questions[section] as Record<string, string>)[key]}</h3>
                {answer.trim() === '' ? (
                  <p className="text-muted">{s.notAnswered}</p>
                ) : (
                  answer.split(/\n{2,}/).map((para, i) => <p key={i}>{para}</p>)
                )}
              </div>
            );
          })}
        </section>
      ))}
      <section aria-labelledby="sa-view-capacity" className="mt-7">
        <h2 id="sa-view-capacity">{s.capacityHeading}</h2>
        <p className="small-text">
          {sa.prefilled.frozen
            ? s.frozenNote(formatInstant(t, sa.prefilled.asOf))
            : s.liveNote(formatInstant(t, sa.prefilled.asOf))}
        </p>
        {part(municipality, c.capacity.municipality.figures, c.capacity.municipality.note)}
        {institutions.length === 0 ? <p>{s.noInstitutions}</p> : null}
        {institutions.map((p) => part(p, c.capacity.institutions[p.id]?.figures, c.capacity.institutions[p.id]?.note))}
      </section>
      {(['strengths', 'challenges'] as const).map((list) => {
        const items = c[list].filter((i) => i.trim() !== '');
        return (
          <section key={list} aria-labelledby={`sa-view-${list}`} className="mt-7">
            <h2 id={`sa-view-${list}`}>{s.lists[list].heading}</h2>
            {items.length === 0 ? (
              <p>{s.lists[list].empty}</p>
            ) : (
              <ul>
                {items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
