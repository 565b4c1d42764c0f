import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client.js';
import { applicationKey, fetchApplication, saveApplication, type Application } from './api.js';
import { contentOf, sameContent, valuesOf, type ApplicationValues } from './application-form.js';

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict' };

export const AUTOSAVE_DELAY_MS = 1500;

/**
 * The draft's values and their autosave: a save ~1.5 s after typing stops,
 * at once when a field loses focus, when the tab is hidden and when the form
 * is left. One save at a time, each with the version the last one returned.
 * A stale version (409) pauses saving and fetches the application, whose
 * `conflicts` then holds the refused save until the user chooses.
 */
export function useAutosave(app: Application) {
  const queryClient = useQueryClient();
  const id = app.id;
  const [values, setValues] = useState<ApplicationValues>(() => valuesOf(app.content));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: app.updatedAt });
  const latest = useRef(values);
  const version = useRef(app.version);
  const saved = useRef(app.content);
  const dirty = useRef(false);
  const conflict = useRef(app.conflicts.length > 0);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const saveOnce = useCallback(async () => {
    const content = contentOf(latest.current, saved.current);
    dirty.current = false;
    if (sameContent(content, saved.current)) {
      setStatus((s) => (s.kind === 'pending' ? { kind: 'saved', at: new Date().toISOString() } : s));
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const next = await saveApplication(id, version.current, content);
      version.current = next.version;
      saved.current = next.content;
      queryClient.setQueryData(applicationKey(id), next);
      setStatus(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date().toISOString() });
    } catch (err) {
      dirty.current = true; // still not saved
      if (isApiError(err, 409) && err.code === 'version_conflict') {
        conflict.current = true;
        setStatus({ kind: 'conflict' });
        const fresh = await fetchApplication(id).catch(() => null);
        if (fresh) queryClient.setQueryData(applicationKey(id), fresh);
        else {
          // Without the latest version there is nothing to compare: say so, and let the next save try again.
          conflict.current = false;
          setStatus({ kind: 'error', error: err });
        }
        return;
      }
      setStatus({ kind: 'error', error: err });
      // Submitted elsewhere, or other news: let the page show the latest state.
      if (isApiError(err, 409)) await queryClient.invalidateQueries({ queryKey: applicationKey(id) });
    }
  }, [id, queryClient]);

  /** Saves now if anything is unsaved (after any save under way); resolves when done. */
  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    if (running.current) return running.current.then(() => (dirty.current && !conflict.current ? flush() : undefined));
    if (!dirty.current || conflict.current) return Promise.resolve();
    const p = saveOnce().finally(() => {
      running.current = null;
    });
    running.current = p;
    return p;
  }, [saveOnce]);

  const change = useCallback(
    (next: ApplicationValues) => {
      latest.current = next;
      setValues(next);
      dirty.current = true;
      if (conflict.current) return;
      setStatus((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  /** Starts over from a version of the application (after a conflict is resolved, or news from elsewhere). */
  const adopt = useCallback((next: Application) => {
    window.clearTimeout(timer.current);
    const v = valuesOf(next.content);
    latest.current = v;
    setValues(v);
    version.current = next.version;
    saved.current = next.content;
    dirty.current = false;
    conflict.current = next.conflicts.length > 0;
    setStatus(conflict.current ? { kind: 'conflict' } : { kind: 'saved', at: next.updatedAt });
  }, []);

  /** A newer version from another write of ours (an upload): take its version, keep what is typed. */
  const accept = useCallback(
    (next: Application) => {
      if (!dirty.current && !running.current) {
        adopt(next);
        return;
      }
      version.current = next.version;
      saved.current = next.content;
    },
    [adopt],
  );

  // A newer version saved elsewhere while nothing is typed here: show it rather than overwrite it later.
  useEffect(() => {
    if (app.conflicts.length > 0) {
      conflict.current = true;
      setStatus({ kind: 'conflict' });
      return;
    }
    if (app.version > version.current && !dirty.current && !running.current) adopt(app);
  }, [app, adopt]);

  // Leaving: save what is typed; hidden tab: save now; closing with unsaved changes: ask first.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current || running.current) {
        void flush();
        e.preventDefault();
      }
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('beforeunload', onBeforeUnload);
      void flush();
    };
  }, [flush]);

  return { values, change, status, flush, adopt, accept, version: () => version.current };
}
