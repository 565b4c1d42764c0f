import { Link } from 'react-router';
import { usePageTitle } from '../../components/page.js';
import { useT } from '../../i18n/i18n.js';

/** Shown when the role may not use a page, or the server answers 403. */
export function ForbiddenPage() {
  const t = useT();
  usePageTitle(t.errors.forbiddenTitle);
  return (
    <div className="col-12 col-lg-8 px-0">
      <h1>{t.errors.forbiddenTitle}</h1>
      <p className="font-lead">{t.errors.forbiddenText}</p>
      <p>
        <Link to="/">{t.errors.goHome}</Link>
      </p>
    </div>
  );
}

/** Unknown addresses, and records the server says do not exist (or are outside the user's scope). */
export function NotFoundPage() {
  const t = useT();
  usePageTitle(t.errors.notFoundTitle);
  return (
    <div className="col-12 col-lg-8 px-0">
      <h1>{t.errors.notFoundTitle}</h1>
      <p className="font-lead">{t.errors.notFoundText}</p>
      <p>
        <Link to="/">{t.errors.goHome}</Link>
      </p>
    </div>
  );
}
