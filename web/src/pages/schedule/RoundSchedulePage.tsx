import { useParams } from 'react-router';
import { Breadcrumbs } from '../../components/Breadcrumbs.js';
import { usePageTitle } from '../../components/page.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import { useRound } from '../rounds/api.js';
import { useRoundScheduleSettings } from './api.js';
import { RoundProposalPanel } from './RoundProposalPanel.js';
import { RoundSettingsForm } from './RoundSettingsForm.js';

/** The round's schedule (/runder/:id/moedeplan, admin): holiday weeks and daily cap, and a proposal for all its courses. */
export function RoundSchedulePage() {
  const t = useT();
  const s = t.schedule;
  const { id = '' } = useParams();
  const round = useRound(id);
  const settings = useRoundScheduleSettings(id);
  usePageTitle(round.data ? s.roundHeading(round.data.name) : null, t.rounds.title);
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
      <h1>{s.roundHeading(round.data.name)}</h1>
      <p className="font-lead">{s.roundIntro}</p>
      {settings.data ? <RoundSettingsForm key={id} settings={settings.data} /> : <QueryStatus query={settings} />}
      <RoundProposalPanel roundId={id} />
    </>
  );
}
