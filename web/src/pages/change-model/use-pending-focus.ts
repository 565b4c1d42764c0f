import { useEffect, useState } from 'react';

/** Moves focus to an element by id after the next render (a field just added, the button after a move). */
export function usePendingFocus(): (id: string) => void {
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  return setFocus;
}
