import type { MouseEvent } from 'react';
import { Icon } from '../../components/Icon.js';
import { useT } from '../../i18n/i18n.js';
import type { Application } from './api.js';
import { checklistTarget, focusField } from './application-form.js';

/** What the server says is done and missing, each item a link to its field. */
export function Checklist({ app }: { app: Application }) {
  const t = useT();
  const a = t.applications;
  const done = app.checklist.filter((c) => c.done).length;
  const total = app.checklist.length;
  const go = (id: string) => (e: MouseEvent) => {
    e.preventDefault();
    focusField(id);
  };
  return (
    <section aria-labelledby="application-checklist-heading" className="mt-6">
      <h2 id="application-checklist-heading" className="h3">
        {a.checklistHeading}
      </h2>
      <p>{done === total ? a.checklistComplete : `${a.checklistIntro} ${a.checklistCount(done, total)}`}</p>
      <ul className="nobullet-list">
        {app.checklist.map((item) => {
          const target = checklistTarget(item.key, app.content);
          return (
            <li key={item.key} className="mb-2">
              <Icon name={item.done ? 'success' : 'error'} className={item.done ? 'text-success' : undefined} />{' '}
              <span className="sr-only">{item.done ? a.checklistDone : a.checklistMissing}: </span>
              <a href={`#${target}`} onClick={go(target)}>
                {a.checklistLabels[item.key]}
              </a>
              {item.done ? null : (
                <span className="small-text" aria-hidden="true">
                  {` (${a.checklistMissing.toLowerCase()})`}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
