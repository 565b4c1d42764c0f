import { useEffect } from 'react';
import { useCoreT } from '../i18n/i18n.js';

/** Sets the browser tab's title for the page: "Børn – Indsats". */
export function usePageTitle(...parts: (string | undefined | null)[]): void {
  const t = useCoreT();
  const title = [...parts.filter(Boolean), t.common.titleSuffix].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
