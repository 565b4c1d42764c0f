import { word } from '../../../../src/shared/contracts/messages.js';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon.js';
import { ResponsiveTable } from '../../components/ResponsiveTable.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import type { ApplicationScore } from './api.js';
import { formatPoints } from './format.js';

type CriterionSummary = ApplicationScore['criteria'][number];

/** A visible flag where assessors are 2 or more points apart: icon and word, never colour alone. */
function Disagreement() {
  const t = useT();
  return (
    <span className="badge badge-warning nowrap">
      <Icon name="warning" className="mr-2" />
      {t.agency.scores.disagreement}
    </span>
  );
}

function CriterionCell({ summary }: { summary: CriterionSummary | undefined }) {
  const t = useT();
  const s = t.agency.scores;
  if (!summary || summary.mean === null) return <td className="text-muted">{s.notScored}</td>;
  return (
    <td className="numeric">
      <span className="nowrap">
        {s.meanSpread(formatPoints(t, summary.mean), formatPoints(t, summary.spread ?? 0))}
      </span>
      {summary.disagreement ? (
        <>
          <br />
          <Disagreement />
        </>
      ) : null}
    </td>
  );
}

/** "Alle opfyldt", or each requirement that is not (yet) met. */
function RequirementsCell({ item, round }: { item: ApplicationScore; round: Round }) {
  const t = useT();
  const a = t.agency.assess;
  const open = round.requirements.map((r, i) => ({ r, i, v: item.requirements[r.key] })).filter((x) => x.v !== true);
  if (open.length === 0) return <td>{t.agency.scores.allPassed}</td>;
  return (
    <td>
      <ul className="nobullet-list mt-0 mb-0">
        {open.map(({ r, i, v }) => (
          <li key={r.key} className="mt-0">
            {t.agency.scores.requirementLine(i + 1, v === false ? a.failed : a.undecided)}
          </li>
        ))}
      </ul>
    </td>
  );
}

/** Highest total first; applications without a total last. */
export function byTotal(items: ApplicationScore[]): ApplicationScore[] {
  return [...items].sort(
    (a, b) =>
      (b.total ?? -Infinity) - (a.total ?? -Infinity) || a.municipalityName.localeCompare(b.municipalityName, 'da'),
  );
}

/** One row per submitted application: region, total, each criterion's mean and spread, requirements, eligibility, progress. */
export function ScoresTable({ items, round }: { items: ApplicationScore[]; round: Round }) {
  const t = useT();
  const s = t.agency.scores;
  return (
    <ResponsiveTable caption={s.caption}>
      <thead>
        <tr>
          <th scope="col">{s.municipality}</th>
          <th scope="col">{s.region}</th>
          <th scope="col" className="numeric">
            {s.total}
          </th>
          {round.criteria.map((c, i) => (
            <th scope="col" key={c.key} className="numeric">
              {s.criterionShort(i + 1)}
            </th>
          ))}
          <th scope="col">{s.requirements}</th>
          <th scope="col">{s.eligible}</th>
          <th scope="col">{s.assessors}</th>
          <th scope="col" className="numeric">
            {s.conflicts}
          </th>
        </tr>
      </thead>
      <tbody>
        {byTotal(items).map((item) => (
          <tr key={item.applicationId}>
            <th scope="row">
              <Link to={`/ansoegninger/${item.applicationId}`}>{item.municipalityName}</Link>
            </th>
            <td>{item.regionName}</td>
            <td className="numeric">
              <strong>{item.total === null ? s.notScored : formatPoints(t, item.total)}</strong>
            </td>
            {round.criteria.map((c) => (
              <CriterionCell key={c.key} summary={item.criteria.find((x) => x.key === c.key)} />
            ))}
            <RequirementsCell item={item} round={round} />
            <td>
              {item.eligible ? (
                t.common.yes
              ) : Object.values(item.requirements).some((mark) => mark === false) ? (
                <strong>{t.common.no}</strong>
              ) : (
                // No requirement failed: the assessors have not finished, there is no verdict yet.
                word(t.agency.selectionText, { code: 'awaiting_assessment', params: {} })
              )}
            </td>
            <td className="nowrap">{s.assessorsText(item.assessorsSubmitted, item.assessorsAssigned)}</td>
            <td className="numeric">{item.conflicts}</td>
          </tr>
        ))}
      </tbody>
    </ResponsiveTable>
  );
}
