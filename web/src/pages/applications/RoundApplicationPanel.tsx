import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { QueryStatus } from '../../components/QueryStatus.js';
import { useT } from '../../i18n/i18n.js';
import type { Round } from '../rounds/api.js';
import { useCreateApplication, useRoundApplications } from './api.js';
import { formatInstant } from './time.js';

/**
 * The coordinator's way into the round's application: "Ansøg" while the
 * round is open and there is none, else "Fortsæt ansøgningen" (a draft) or
 * "Se ansøgningen" (submitted).
 */
export function RoundApplicationPanel({ round }: { round: Round }) {
  const t = useT();
  const a = t.applications;
  const navigate = useNavigate();
  const query = useRoundApplications(round.id, true);
  const create = useCreateApplication(round.id);
  const existing = query.data?.items[0];
  const start = () =>
    create.mutate(undefined, {
      onSuccess: (app) => void navigate(`/ansoegninger/${app.id}`),
      onError: (err) => {
        if (isApiError(err, 409) && err.code === 'application_exists') void query.refetch();
      },
    });
  return (
    <section aria-labelledby="round-application-heading" className="mb-8">
      <h2 id="round-application-heading">{a.roundPanelHeading}</h2>
      {!query.data ? (
        <QueryStatus query={query} />
      ) : existing ? (
        <>
          <p>
            {existing.status === 'submitted' && existing.submittedAt
              ? a.submittedExists(formatInstant(t, existing.submittedAt))
              : a.draftExists}
          </p>
          <Link to={`/ansoegninger/${existing.id}`} className="button button-primary">
            {existing.status === 'draft' && round.status === 'open' ? a.continueApplication : a.viewApplication}
          </Link>
        </>
      ) : round.status === 'open' ? (
        <>
          <p>{a.applyIntro}</p>
          {create.error ? <ErrorAlert error={create.error} /> : null}
          <button type="button" className="button button-primary" onClick={start} disabled={create.isPending}>
            {create.isPending ? a.creating : a.apply}
          </button>
        </>
      ) : (
        <p>{a.roundClosedNoApplication}</p>
      )}
    </section>
  );
}
