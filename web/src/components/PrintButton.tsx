import { useT } from '../i18n/i18n.js';

/**
 * Pages a person prints (issue 11): the page-scoped print rules in
 * styles/print.css find the page by this button's `data-print-page`.
 */
export type PrintPage =
  | 'application'
  | 'assessment'
  | 'scores'
  | 'selection'
  | 'meeting'
  | 'self-analysis'
  | 'change-model'
  | 'course-plan'
  | 'calendar';

/** "Udskriv": the browser's print dialog (print.css lays the page out for paper; the button itself is not printed). */
export function PrintButton({ page }: { page: PrintPage }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button button-secondary print-button no-print"
      data-print-page={page}
      title={t.print.printHint}
      onClick={() => window.print()}
    >
      {t.print.print}
    </button>
  );
}
