import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { LoadMore } from '../../components/LoadMore.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useRoundOf, useRoundScores } from './api.js';
import { ScoresTable } from './ScoresTable.js';
import { PrintButton } from '../../components/PrintButton.js';

/** `/runder/:id/point`: every submitted application's scores, with disagreements flagged. */
export function ScoresPage() {
  const t = useT();
  const s = t.agency.scores;
  const { id = '' } = useParams();
  const round = useRoundOf(id);
  const { query: scores, items } = useRoundScores(id);
  usePageTitle(s.title, round.data?.name);
  if (!round.data) return <QueryStatus query={round} />;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t.nav.rounds, to: '/runder' },
          { label: round.data.name, to: `/runder/${id}` },
          { label: s.title },
        ]}
      />
      <h1>{s.title}</h1>
      <PrintButton page="scores" />
      <p className="font-lead">{round.data.name}</p>
      <p>{s.intro}</p>
      <h2 className="h4">{s.criteriaKey}</h2>
      <ol>
        {round.data.criteria.map((c) => (
          <li key={c.key}>{c.text}</li>
        ))}
      </ol>
      <p>{s.disagreementHint}</p>
      {!items ? (
        <QueryStatus query={scores} />
      ) : items.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <>
          <ScoresTable items={items} round={round.data} />
          <LoadMore query={scores} shown={items.length} />
        </>
      )}
    </>
  );
}
