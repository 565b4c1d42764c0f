import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import type { Trial } from './api.js';

const STATUS_BADGE: Record<Trial['status'], string> = {
  open: 'badge',
  completed: 'badge badge-success',
  dropped: 'badge badge-warning',
};

/** A trial's description, who is responsible, where it was agreed, its status and how often it was logged. */
export function TrialSummary({
  trial,
  headingLevel = 3,
  linkMeeting = false,
  children,
}: {
  trial: Trial;
  headingLevel?: 3 | 4;
  linkMeeting?: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const m = t.meetings;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const agreedAt = m.agreedAt(trial.meeting.title, formatDate(t, trial.agreedOn));
  return (
    <article className="trial" aria-labelledby={`trial-${trial.id}-heading`}>
      <Heading className="h5 trial__heading" id={`trial-${trial.id}-heading`}>
        {trial.description}
      </Heading>
      <p className="mb-0">
        <span className={STATUS_BADGE[trial.status]}>{m.trialStatuses[trial.status]}</span>{' '}
        {m.responsibleText(trial.responsible)}
      </p>
      <p className="mb-0 text-muted">
        {linkMeeting && trial.allowed.openMeeting ? (
          <Link to={`/forloeb/${trial.courseId}/moeder/${trial.meeting.id}`}>{agreedAt}</Link>
        ) : (
          agreedAt
        )}
        {' · '}
        {trial.group ? m.groupText(trial.group.name) : m.courseWide}
      </p>
      <p className="mb-0 text-muted">
        {m.logCount(trial.logCount, trial.latestLogOn ? formatDate(t, trial.latestLogOn) : null)}
      </p>
      {children}
    </article>
  );
}
