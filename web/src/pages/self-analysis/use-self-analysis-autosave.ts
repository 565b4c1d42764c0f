import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client.js';
import { fetchSelfAnalysis, saveSelfAnalysis, selfAnalysisKey, type SelfAnalysis } from './api.js';
import { contentOf, sameContent, valuesOf, type SelfAnalysisValues } from './self-analysis-form.js';

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict' };

export const AUTOSAVE_DELAY_MS = 1500;

const institutionIdsOf = (sa: SelfAnalysis) => sa.institutions.map((i) => i.id);

/**
 * The form's values and their autosave (as the application form's): a save
 * ~1.5 s after typing stops, at once when a field loses focus, when the tab
 * is hidden and when the page is left. One save at a time, each on the
 * version the last one returned. A 409 pauses saving and fetches the
 * self-analysis: its `conflicts` then hold the refused save until someone
 * chooses, or its status says it was presented meanwhile.
 */
export function useSelfAnalysisAutosave(sa: SelfAnalysis) {
  const queryClient = useQueryClient();
  const courseId = sa.courseId;
  const [values, setValues] = useState<SelfAnalysisValues>(() => valuesOf(sa.content, institutionIdsOf(sa)));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: sa.updatedAt });
  const latest = useRef(values);
  const version = useRef(sa.version);
  const saved = useRef(sa.content);
  const dirty = useRef(false);
  const conflict = useRef(sa.conflicts.length > 0);
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
      const next = await saveSelfAnalysis(courseId, version.current, content);
      version.current = next.version;
      saved.current = next.content;
      queryClient.setQueryData(selfAnalysisKey(courseId), next);
      setStatus(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date().toISOString() });
    } catch (err) {
      dirty.current = true; // still not saved
      if (isApiError(err, 409)) {
        conflict.current = true;
        setStatus({ kind: 'conflict' });
        const fresh = await fetchSelfAnalysis(courseId).catch(() => null);
        if (fresh) queryClient.setQueryData(selfAnalysisKey(courseId), fresh);
        else {
          // Without the latest version there is nothing to compare: say so, and let the next save try again.
          conflict.current = false;
          setStatus({ kind: 'error', error: err });
        }
        return;
      }
      setStatus({ kind: 'error', error: err });
    }
  }, [courseId, queryClient]);

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
    (next: SelfAnalysisValues) => {
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

  /** Starts over from a version of the self-analysis (after a conflict is resolved, or news from elsewhere). */
  const adopt = useCallback((next: SelfAnalysis) => {
    window.clearTimeout(timer.current);
    const v = valuesOf(next.content, institutionIdsOf(next));
    latest.current = v;
    setValues(v);
    version.current = next.version;
    saved.current = next.content;
    dirty.current = false;
    conflict.current = next.conflicts.length > 0;
    setStatus(conflict.current ? { kind: 'conflict' } : { kind: 'saved', at: next.updatedAt });
  }, []);

  // A newer version saved elsewhere while nothing is typed here: show it rather than overwrite it later.
  useEffect(() => {
    if (sa.conflicts.length > 0) {
      conflict.current = true;
      setStatus({ kind: 'conflict' });
      return;
    }
    if (sa.version > version.current && !dirty.current && !running.current) adopt(sa);
  }, [sa, adopt]);

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

  return { values, change, status, flush, adopt, version: () => version.current };
}
