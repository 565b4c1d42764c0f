import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../components/page.js';
import { useCoreT } from '../../i18n/i18n.js';

/**
 * The frame of a public page about the service (no login needed). The
 * statements are Danish: they are the service's binding text, so an English
 * reader is told so and the text keeps lang="da".
 */
export function AboutPage({ title, updated, children }: { title: string; updated: string; children: ReactNode }) {
  const t = useCoreT();
  usePageTitle(title);
  return (
    <article className="col-12 col-lg-8 px-0 about-page" lang="da">
      {t.locale === 'da' ? null : (
        <p className="font-lead" lang={t.locale}>
          {t.footer.danishOnly}
        </p>
      )}
      <h1>{title}</h1>
      {children}
      <p className="mt-7 small-text">Senest opdateret {updated}.</p>
      <p>
        <Link to="/" lang={t.locale}>
          {t.errors.goHome}
        </Link>
      </p>
    </article>
  );
}
