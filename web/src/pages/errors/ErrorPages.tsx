import { Link } from 'react-router';
import { usePageTitle } from '../../components/page.js';
import { useCoreT } from '../../i18n/i18n.js';

/** A page that explains why there is nothing to show, with a link home. */
function ErrorPage({ title, text }: { title: string; text: string }) {
  const t = useCoreT();
  usePageTitle(title);
  return (
    <div className="col-12 col-lg-8 px-0">
      <h1>{title}</h1>
      <p className="font-lead">{text}</p>
      <p>
        <Link to="/">{t.errors.goHome}</Link>
      </p>
    </div>
  );
}

/** Shown when the role may not use a page, or the server answers 403. */
export function ForbiddenPage() {
  const t = useCoreT();
  return <ErrorPage title={t.errors.forbiddenTitle} text={t.errors.forbiddenText} />;
}

/** Unknown addresses, and records the server says do not exist (or are outside the user's scope). */
export function NotFoundPage() {
  const t = useCoreT();
  return <ErrorPage title={t.errors.notFoundTitle} text={t.errors.notFoundText} />;
}
