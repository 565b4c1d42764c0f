import { useT } from '../../i18n/i18n.js';
import { AgreeTrialForm } from './AgreeTrialForm.js';
import type { Meeting } from './api.js';
import { TrialSummary } from './TrialSummary.js';

/** The trials agreed at this meeting, and the form to agree one for those who may. */
export function TrialsSection({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = t.meetings;
  return (
    <section aria-labelledby="meeting-trials-heading" className="mt-8">
      <h2 id="meeting-trials-heading">{m.trialsHeading}</h2>
      <p>{m.trialsIntro}</p>
      {meeting.trials.length === 0 ? (
        <p>{m.noTrials}</p>
      ) : (
        <ul className="nobullet-list">
          {meeting.trials.map((trial) => (
            <li key={trial.id}>
              <TrialSummary trial={trial} />
            </li>
          ))}
        </ul>
      )}
      {meeting.allowed.agreeTrial ? <AgreeTrialForm meeting={meeting} /> : null}
    </section>
  );
}
