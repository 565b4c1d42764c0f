import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { useT } from '../../i18n/i18n.js';
import type { CreateCalendarFeedResponse } from './api.js';

const ID = 'calendar-new-link';

/**
 * The new subscription address, shown this once (only its hash is stored):
 * a read-only field to copy from, a copy button, a webcal:// link that opens
 * the calendar program, and how to add it in Outlook, Google and Apple.
 * It takes focus when it appears, so a screen reader reads it out.
 */
export function NewFeedLink({ feed }: { feed: CreateCalendarFeedResponse }) {
  const t = useT();
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setCopy(null);
    box.current?.focus();
  }, [feed.url]);
  const copyLink = () => {
    navigator.clipboard.writeText(feed.url).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <div ref={box} id={ID} tabIndex={-1} className="my-6" aria-labelledby={`${ID}-heading`} role="region">
      <h3 id={`${ID}-heading`}>{t.calendar.linkHeading}</h3>
      <Alert variant="warning">
        <p>{t.calendar.linkOnce}</p>
      </Alert>
      <div className="form-group">
        <label className="form-label" htmlFor={`${ID}-url`}>
          {t.calendar.linkLabel}
        </label>
        <input
          id={`${ID}-url`}
          className="form-input input-width-xl"
          type="text"
          readOnly
          value={feed.url}
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="mt-4">
        <button type="button" className="button button-secondary mr-4" onClick={copyLink}>
          <Icon name="copy" />
          {t.calendar.copy}
        </button>
        <a className="button button-secondary" href={feed.webcalUrl}>
          <Icon name="calendar-month" />
          {t.calendar.openInCalendar}
        </a>
      </div>
      <p role="status" aria-live="polite" className="mt-4">
        {copy === 'copied' ? t.calendar.copied : copy === 'failed' ? t.calendar.copyFailed : ''}
      </p>
      <details className="details mt-4">
        <summary className="details-summary">{t.calendar.howToHeading}</summary>
        <div className="details-text">
          <ul>
            {t.calendar.howTo.map((h) => (
              <li key={h.name}>
                <strong>{h.name}:</strong> {h.text}
              </li>
            ))}
          </ul>
        </div>
      </details>
    </div>
  );
}
