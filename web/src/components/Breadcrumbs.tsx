import { Link } from 'react-router';
import { useCoreT } from '../i18n/i18n.js';
import { Icon } from './Icon.js';

export interface Crumb {
  label: string;
  to?: string;
}

/** dkfds breadcrumbs; the last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = useCoreT();
  return (
    <nav className="breadcrumbs" aria-label={t.common.breadcrumbs}>
      <ol className="breadcrumbs__list">
        {items.map((item, i) =>
          item.to ? (
            <li key={item.to} className="breadcrumbs__list-item">
              {i > 0 ? <Icon name="chevron-right" /> : null}
              <Link className="breadcrumbs__link" to={item.to}>
                {item.label}
              </Link>
            </li>
          ) : (
            <li key={`current-${item.label}`} className="breadcrumbs__list-item" aria-current="page">
              {i > 0 ? <Icon name="chevron-right" /> : null}
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
