import { Suspense, useEffect, useRef, type RefObject } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { Loading } from '../components/Loading.js';
import { useIdleExpiry, useSessionQuery } from '../auth/session.js';
import { useCoreT } from '../i18n/i18n.js';
import { aboutPaths } from '../pages/about/paths.js';
import { Header } from './Header.js';

/**
 * After client-side navigation, move focus to the new page's h1 so screen
 * readers announce it. Pages may render their heading only once their data
 * has arrived, so wait for it (briefly) before falling back to <main>.
 */
function useFocusOnNavigate(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const el = main.current;
    if (!el) return;
    const focusHeading = () => {
      const heading = el.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) cleanup();
    });
    const timer = window.setTimeout(() => {
      cleanup();
      el.focus({ preventScroll: true });
    }, 3000);
    const cleanup = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(el, { childList: true, subtree: true });
    return cleanup;
  }, [pathname, main]);
}

export function Layout() {
  const t = useCoreT();
  const session = useSessionQuery();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  useIdleExpiry(session.data ?? null);
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t.common.skipLink}
      </a>
      <Header session={session.data ?? null} />
      <main id="main-content" ref={main} tabIndex={-1} className="container page-main">
        {session.isPending ? (
          <Loading />
        ) : session.isError ? (
          <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
        ) : (
          // Pages load on demand (lazyPage): "Henter …" until the page's code has arrived.
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        )}
      </main>
      <footer>
        <div className="footer">
          <div className="container">
            <div className="row">
              <div className="col-12 col-md-8 footer-col">
                <p className="weight-semibold">
                  {t.common.appName} · {t.common.authority}
                </p>
                <p>{t.footer.about}</p>
              </div>
              <div className="col-12 col-md-4 footer-col">
                <ul className="unstyled-list">
                  <li>
                    <Link to={aboutPaths.accessibility}>{t.footer.accessibility}</Link>
                  </li>
                  <li>
                    <Link to={aboutPaths.privacy}>{t.footer.privacy}</Link>
                  </li>
                  <li>
                    <Link to={aboutPaths.contact}>{t.footer.contact}</Link>
                  </li>
                  <li>
                    <a href="/api/docs">{t.footer.apiDocs}</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
