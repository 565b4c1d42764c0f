import { Link } from 'react-router';
import { useSession } from '../../auth/session.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';

/** Links from a round to its scores and selection, for those who manage the selection; for an assessor to their assessments. */
export function RoundAgencyPanel({ round }: { round: Round }) {
  const t = useT();
  const p = t.agency.panel;
  const { permissions } = useSession();
  const manage = permissions.includes('selection.manage');
  const assess = permissions.includes('assessment.write');
  if (!manage && !assess) return null;
  return (
    <section aria-labelledby="round-agency-heading" className="mt-8">
      <h2 id="round-agency-heading">{p.heading}</h2>
      {manage ? (
        <ul className="nobullet-list">
          <li>
            <Link to={`/runder/${round.id}/point`}>{p.scores}</Link>
          </li>
          <li>
            <Link to={`/runder/${round.id}/udvaelgelse`}>{p.selection}</Link>
          </li>
        </ul>
      ) : (
        <>
          <p>{p.assessorIntro}</p>
          <p>
            <Link to="/bedoemmelser">{p.myAssessments}</Link>
          </p>
        </>
      )}
    </section>
  );
}
