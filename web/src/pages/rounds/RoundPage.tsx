import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/session.js';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { Flash } from '../../components/Flash.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import { RoundAgencyPanel } from '../agency/RoundAgencyPanel.js';
import { RoundApplicationPanel } from '../applications/RoundApplicationPanel.js';
import { useRound, type Round } from './api.js';
import { RoundAssessors } from './RoundAssessors.js';
import { RoundEditForm } from './RoundEditForm.js';
import { RoundStatus } from './RoundStatus.js';
import { formatDeadline } from './time.js';

/** The balance rules in plain words, one line each. */
function useRuleLines(rules: Round['balanceRules']): string[] {
  const t = useT();
  const r = t.rounds.rules;
  const lines: string[] = [];
  if (rules.minSmall !== undefined && rules.smallPopulationBelow !== undefined)
    lines.push(r.minSmall(rules.minSmall, rules.smallPopulationBelow));
  if (rules.minLarge !== undefined && rules.smallPopulationBelow !== undefined)
    lines.push(r.minLarge(rules.minLarge, rules.smallPopulationBelow));
  if (rules.minRegions !== undefined) lines.push(r.minRegions(rules.minRegions));
  if (rules.minFamilyDaycare !== undefined && rules.familyDaycareShareAtLeast !== undefined) {
    lines.push(r.familyDaycare(rules.minFamilyDaycare, Math.round(rules.familyDaycareShareAtLeast * 1000) / 10));
  }
  return lines;
}

function RoundFacts({ round }: { round: Round }) {
  const t = useT();
  const rules = useRuleLines(round.balanceRules);
  return (
    <>
      <dl className="facts">
        <dt>{t.rounds.period}</dt>
        <dd>{t.rounds.periodText(formatDate(t, round.courseStart), formatDate(t, round.courseEnd))}</dd>
        <dt>{t.rounds.deadline}</dt>
        <dd>{formatDeadline(t.intlLocale, round.deadline)}</dd>
        <dt>{t.rounds.capacity}</dt>
        <dd>{t.rounds.capacityText(round.capacity)}</dd>
        <dt>{t.rounds.status}</dt>
        <dd>
          <RoundStatus status={round.status} />
        </dd>
      </dl>
      <h2 className="mt-6">{t.rounds.criteriaHeading}</h2>
      <ol>
        {round.criteria.map((c) => (
          <li key={c.key}>{c.text}</li>
        ))}
      </ol>
      <h2 className="mt-6">{t.rounds.requirementsHeading}</h2>
      <ol>
        {round.requirements.map((c) => (
          <li key={c.key}>{c.text}</li>
        ))}
      </ol>
      <h2 className="mt-6">{t.rounds.rulesHeading}</h2>
      {rules.length > 0 ? (
        <ul>
          {rules.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t.rounds.noRules}</p>
      )}
    </>
  );
}

/** One round: facts, criteria, requirements and rules; for the agency also editing and assessors. */
export function RoundPage() {
  const t = useT();
  const { id = '' } = useParams();
  const session = useSession();
  const query = useRound(id);
  const round = query.data;
  usePageTitle(round?.name, t.rounds.title);
  if (!round) return <QueryStatus query={query} />;
  const manage = session.permissions.includes('round.manage');
  const apply = session.permissions.includes('application.write');
  return (
    <>
      <Breadcrumbs items={[{ label: t.nav.rounds, to: '/runder' }, { label: round.name }]} />
      <Flash />
      <h1>{round.name}</h1>
      {session.permissions.includes('round.schedule') ? (
        <p>
          <Link to={`/runder/${round.id}/moedeplan`}>{t.schedule.roundLink}</Link>
        </p>
      ) : null}
      <RoundAgencyPanel round={round} />
      <div className="row">
        <div className={manage ? 'col-12 col-lg-6' : 'col-12 col-lg-8'}>
          <RoundFacts round={round} />
        </div>
        {apply ? (
          <div className="col-12 col-lg-4">
            <RoundApplicationPanel key={round.id} round={round} />
          </div>
        ) : null}
        {manage ? (
          <div className="col-12 col-lg-6">
            <RoundAssessors key={`assessors-${round.id}`} round={round} />
            <RoundEditForm key={round.id} round={round} />
          </div>
        ) : null}
      </div>
    </>
  );
}
