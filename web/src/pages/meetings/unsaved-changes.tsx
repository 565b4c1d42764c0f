import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { useT } from '../../i18n/i18n.js';

type Registry = Map<string, () => boolean>;
const UnsavedContext = createContext<Registry | null>(null);

/**
 * One editable part of the meeting page (agenda, participants, minutes) tells
 * the page whether it holds changes that are not saved; the page warns before
 * they are left behind.
 */
export function useUnsavedPart(key: string, unsaved: (() => boolean) | boolean): void {
  const registry = useContext(UnsavedContext);
  const latest = useRef(unsaved);
  latest.current = unsaved;
  useEffect(() => {
    if (!registry) return;
    registry.set(key, () => (typeof latest.current === 'function' ? latest.current() : latest.current));
    return () => {
      registry.delete(key);
    };
  }, [registry, key]);
}

/**
 * Keeps the person's work on the meeting page: closing or reloading the tab
 * with unsaved changes asks the browser's question (beforeunload), and
 * leaving for another page of Indsats asks in Danish first (react-router's
 * blocker and ConfirmDialog).
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const t = useT();
  const v = t.versions;
  const registry = useRef<Registry>(new Map()).current;
  const anyUnsaved = () => [...registry.values()].some((unsaved) => unsaved());
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && anyUnsaved(),
  );
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if ([...registry.values()].some((unsaved) => unsaved())) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [registry]);
  return (
    <UnsavedContext.Provider value={registry}>
      {children}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        heading={v.leaveHeading}
        confirmLabel={v.leaveConfirm}
        onConfirm={() => blocker.proceed?.()}
        onClose={() => blocker.reset?.()}
      >
        <p>{v.leaveText}</p>
      </ConfirmDialog>
    </UnsavedContext.Provider>
  );
}
