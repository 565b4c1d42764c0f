import { createContext, use, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { CoreMessages } from './da.core.js';
import type { Messages } from './da.js';

export type Locale = 'da' | 'en';
const STORAGE_KEY = 'indsats.locale';

/**
 * Each locale's texts come in two chunks, fetched when first needed: the core
 * (login page, header, footer, errors) before the first render, the rest when
 * a logged-in page asks for it (useT suspends until it is here).
 */
const CORE: Record<Locale, () => Promise<CoreMessages>> = {
  da: () => import('./da.core.js').then((m) => m.daCore),
  en: () => import('./en.core.js').then((m) => m.enCore),
};
const FULL: Record<Locale, () => Promise<Messages>> = {
  da: () => import('./da.js').then((m) => m.da),
  en: () => import('./en.js').then((m) => m.en),
};

function once<T>(cache: Map<Locale, Promise<T>>, locale: Locale, load: () => Promise<T>): Promise<T> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = load();
    // A failed fetch is tried again the next time it is asked for.
    pending.catch(() => cache.delete(locale));
    cache.set(locale, pending);
  }
  return pending;
}
const coreLoads = new Map<Locale, Promise<CoreMessages>>();
const fullLoads = new Map<Locale, Promise<Messages>>();

export function loadCoreMessages(locale: Locale): Promise<CoreMessages> {
  return once(coreLoads, locale, CORE[locale]);
}

/** All texts of a locale (one promise per locale, so `use()` can wait for it). */
export function loadMessages(locale: Locale): Promise<Messages> {
  return once(fullLoads, locale, FULL[locale]);
}

interface I18nValue {
  core: CoreMessages;
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

/** The locale the person chose last time on this browser, Danish by default. */
export function initialLocale(): Locale {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/**
 * Holds the chosen locale, remembers it, and keeps <html lang> in step. Starts
 * with the core texts main.tsx loaded before the first render; a switch shows
 * the new locale once its texts (core, and the rest if in use) have arrived.
 */
export function I18nProvider({
  initial,
  children,
}: {
  initial: { locale: Locale; core: CoreMessages };
  children: ReactNode;
}) {
  const [current, setCurrent] = useState(initial);
  const setLocale = useCallback((next: Locale) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    const fullInUse = [...fullLoads.keys()].length > 0;
    void Promise.all([loadCoreMessages(next), fullInUse ? loadMessages(next) : null]).then(([core]) =>
      setCurrent({ locale: next, core }),
    );
  }, []);
  // Before the browser paints the new texts, so a screen reader never reads them in the old language.
  useLayoutEffect(() => {
    document.documentElement.lang = current.locale;
  }, [current.locale]);
  const value = useMemo(() => ({ core: current.core, locale: current.locale, setLocale }), [current, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

/** The frame's texts (login page, header, footer, errors, shared components): never waits. */
export function useCoreT(): CoreMessages {
  return useI18n().core;
}

/**
 * All texts of the current locale: `const t = useT(); t.nav.home`. The first
 * call fetches the pages' texts; until they arrive the nearest <Suspense>
 * (Layout's, around every page) shows "Henter …".
 */
export function useT(): Messages {
  return use(loadMessages(useI18n().locale));
}
