import { useRef, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { useCan } from '../../auth/session.js';
import { formatDateTime } from '../../i18n/format.js';
import { useT } from '../../i18n/i18n.js';
import {
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
  type CreateCalendarFeedResponse,
} from './api.js';
import { NewFeedLink } from './NewFeedLink.js';

const HEADING_ID = 'calendar-subscription-heading';

/**
 * The personal calendar subscription (for /kalender): what it is, its state,
 * "Opret abonnement", "Lav nyt link" and "Spær abonnement" (both confirmed
 * first). Shown to the roles that see courses; nothing for anyone else.
 */
export function CalendarSubscriptionPanel() {
  const can = useCan();
  return can('course.read') ? <SubscriptionPanel /> : null;
}

function SubscriptionPanel() {
  const t = useT();
  const status = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [created, setCreated] = useState<CreateCalendarFeedResponse | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [dialog, setDialog] = useState<'renew' | 'revoke' | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const openDialog = (kind: 'renew' | 'revoke', button: HTMLButtonElement) => {
    opener.current = button;
    setDialog(kind);
  };
  /** Focus back where it came from: the button that opened the dialog, or the heading when that button is gone. */
  const closeDialog = (done = false) => {
    setDialog(null);
    window.requestAnimationFrame(() => {
      const target = !done && opener.current?.isConnected ? opener.current : heading.current;
      target?.focus();
    });
  };

  const makeLink = () => {
    setRevoked(false);
    create.mutate(undefined, {
      onSuccess: (feed) => {
        setCreated(feed);
        setDialog(null); // the new link takes focus
      },
    });
  };
  const stop = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setCreated(null);
        setRevoked(true);
        closeDialog(true);
      },
    });

  const feed = status.data;
  return (
    <section className="my-6" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={heading} tabIndex={-1}>
        {t.calendar.subscriptionHeading}
      </h2>
      <p>{t.calendar.subscriptionIntro}</p>
      <p>{t.calendar.subscriptionPrivacy}</p>
      {revoked ? <Alert variant="success" heading={t.calendar.revoked} /> : null}
      {created ? <NewFeedLink feed={created} /> : null}
      {status.isPending ? <Loading /> : null}
      {status.isError ? <ErrorAlert error={status.error} onRetry={() => void status.refetch()} /> : null}
      {feed ? (
        feed.active ? (
          <>
            <p>{t.calendar.statusActive}</p>
            <ul className="nobullet-list">
              <li>
                {t.calendar.createdAt}: {feed.createdAt ? formatDateTime(t, feed.createdAt) : t.common.none}
              </li>
              <li>
                {t.calendar.lastUsedAt}: {feed.lastUsedAt ? formatDateTime(t, feed.lastUsedAt) : t.calendar.neverUsed}
              </li>
            </ul>
            <div className="mt-4">
              <button
                type="button"
                className="button button-secondary mr-4"
                onClick={(e) => openDialog('renew', e.currentTarget)}
              >
                {t.calendar.renew}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={(e) => openDialog('revoke', e.currentTarget)}
              >
                {t.calendar.revoke}
              </button>
            </div>
          </>
        ) : (
          <>
            <p>{t.calendar.statusNone}</p>
            <button type="button" className="button button-primary" onClick={makeLink} disabled={create.isPending}>
              {create.isPending ? t.calendar.creating : t.calendar.create}
            </button>
          </>
        )
      ) : null}
      {create.isError && dialog === null ? <ErrorAlert error={create.error} /> : null}
      {/* Mounted only while open: ConfirmDialog has a fixed heading id, and the absence panel may have one open later. */}
      {dialog ? (
        <ConfirmDialog
          open
          heading={dialog === 'renew' ? t.calendar.renewHeading : t.calendar.revokeHeading}
          confirmLabel={dialog === 'renew' ? t.calendar.renewConfirm : t.calendar.revokeConfirm}
          onConfirm={dialog === 'renew' ? makeLink : stop}
          onClose={() => closeDialog()}
          busy={create.isPending || revoke.isPending}
        >
          <p>{dialog === 'renew' ? t.calendar.renewText : t.calendar.revokeText}</p>
          {dialog === 'renew' && create.isError ? <ErrorAlert error={create.error} /> : null}
          {dialog === 'revoke' && revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
