import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { SessionResponse } from '../api/contracts.js';
import { Icon } from '../components/Icon.js';
import { useCoreT } from '../i18n/i18n.js';
import { LanguageButton, LogOutButton, RoleSwitcher, userInfo } from './HeaderParts.js';
import { navItemsFor, navState } from './navigation.js';

function MainMenu({ session }: { session: SessionResponse }) {
  const t = useCoreT();
  const { pathname } = useLocation();
  return (
    <ul className="mainmenu">
      {navItemsFor(session.permissions).map((item) => {
        const state = navState(item, pathname);
        const cls = state === 'page' ? 'active current' : state === 'section' ? 'active' : undefined;
        return (
          <li key={item.key} className={cls}>
            <Link
              to={item.to}
              className="nav-link"
              aria-current={state === 'page' ? 'page' : state === 'section' ? 'true' : undefined}
            >
              <span>{t.nav[item.key]}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The dkfds header: portal line (user, language, log off), solution line, main menu, and a mobile drawer. */
export function Header({ session }: { session: SessionResponse | null }) {
  const t = useCoreT();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  useEffect(() => setDrawerOpen(false), [pathname, session?.role]);
  useEffect(() => {
    if (!drawerOpen) return;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setDrawerOpen(false);
        openRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawerOpen]);

  const roleName = session ? t.roles[session.role] : '';
  return (
    <header className="header">
      <div className="portal-info">
        <div className="portal-info-inner container">
          <Link to="/" className="indsats-logo">
            {t.common.authority}
          </Link>
          {session ? (
            <button
              ref={openRef}
              type="button"
              className="function-link button-menu-open ml-auto"
              aria-haspopup="dialog"
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
            >
              <Icon name="menu" />
              {t.header.menu}
            </button>
          ) : (
            <div className="ml-auto">
              <LanguageButton />
            </div>
          )}
          {session ? (
            <div className="portal-user">
              <p className="user">
                <span className="weight-semibold">{session.user.name}</span>
                <br />
                <span className="small-text">{userInfo(session, roleName)}</span>
              </p>
              <LanguageButton />
              <Link to="/adgangskode" className="function-link mr-4">
                {t.header.changePassword}
              </Link>
              <Link to="/sessioner" className="function-link mr-4">
                {t.header.sessions}
              </Link>
              <LogOutButton />
            </div>
          ) : null}
        </div>
      </div>
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <Link to="/" aria-label={`${t.common.appName} – ${t.nav.home}`}>
              {t.common.appName}
            </Link>
          </div>
          <div className="additional-info">
            {session && session.roles.length > 1 ? (
              <RoleSwitcher key={session.role} session={session} idPrefix="desktop" />
            ) : (
              <p className="solution-tagline">{t.common.appTagline}</p>
            )}
          </div>
        </div>
      </div>
      {session && !session.mustChangePassword ? (
        <div className="navigation-menu">
          <div className="navigation-menu-inner container">
            <nav className="nav" aria-label={t.header.mainMenu}>
              <MainMenu session={session} />
            </nav>
          </div>
        </div>
      ) : null}
      {session && drawerOpen ? (
        <>
          <div className="overlay is-visible" aria-hidden="true" onClick={() => setDrawerOpen(false)} />
          <div className="mobile-drawer is-visible" role="dialog" aria-modal="true" aria-labelledby="menu-heading">
            <div className="menu-top">
              <h2 id="menu-heading" className="menu-heading">
                {t.header.menu}
              </h2>
              <button
                ref={closeRef}
                type="button"
                className="function-link button-menu-close"
                onClick={() => {
                  setDrawerOpen(false);
                  openRef.current?.focus();
                }}
              >
                <Icon name="close" />
                {t.header.closeMenu}
              </button>
            </div>
            <nav className="navigation-menu-mobile" aria-label={t.header.mainMenu}>
              <MainMenu session={session} />
            </nav>
            <div className="portal-info-mobile">
              <p className="user">
                <span className="mb-3">{session.user.name}</span>
                <span>{userInfo(session, roleName)}</span>
              </p>
              <RoleSwitcher key={session.role} session={session} idPrefix="mobile" />
              <p>
                <LanguageButton />
              </p>
              <p>
                <Link to="/adgangskode">{t.header.changePassword}</Link>
              </p>
              <p>
                <Link to="/sessioner">{t.header.sessions}</Link>
              </p>
              <p>
                <LogOutButton />
              </p>
            </div>
          </div>
        </>
      ) : null}
    </header>
  );
}
