import { useRouteError } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { usePageTitle } from '../../components/page.js';
import { useCoreT } from '../../i18n/i18n.js';

/** Last resort when a page fails to render: a plain message and a way home, never a stack trace. */
export function RouteError() {
  const t = useCoreT();
  const error = useRouteError();
  usePageTitle(t.common.errorHeading);
  console.error(error);
  return (
    <main id="main-content" className="container page-main">
      <h1>{t.common.errorHeading}</h1>
      <Alert variant="error" heading={t.common.unknownError} />
      <p className="mt-5">
        {/* A full reload, so the app starts over from a clean state. */}
        <a href="/">{t.errors.goHome}</a>
      </p>
    </main>
  );
}
