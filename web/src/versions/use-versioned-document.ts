import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/client.js';
import { useSession } from '../auth/session.js';
import { applyChoices, mergeVersions, sameValue, type Choice, type DocumentField } from './merge.js';

/** A saved version of a document: what the server answered a read or a save with. */
export interface Saved<C> {
  version: number;
  content: C;
  savedAt: string | null;
}

/** A save the server refused and kept (listed with the document). */
export interface KeptVersion<C> {
  id: string;
  content: C;
  savedBy: string;
  savedAt: string;
}

export interface VersionedDocumentOptions<V, C> {
  /** The document as last read (a newer version read while nothing is typed here replaces the form). */
  saved: Saved<C>;
  /** Kept versions listed with the document: each is offered for a choice, one at a time. */
  kept: KeptVersion<C>[];
  valuesOf: (content: C) => V;
  contentOf: (values: V, saved: C) => C;
  /** The fields of the versions being merged (ADR 22). */
  fields: (contents: C[]) => DocumentField[];
  /** The content of a 409's `conflict`, checked; null when it does not fit. */
  parse: (content: unknown) => C | null;
  save: (version: number, content: C) => Promise<Saved<C>>;
  dismiss: (conflictId: string) => Promise<void>;
  /** Save ~1.5 s after typing stops (default); false: only on flush (an explicit save button). */
  autosave?: boolean;
  /** Whether some field as typed is kept out of the saves (too long, unreadable): closing the tab then asks first. */
  held?: (values: V) => boolean;
}

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: unknown }
  | { kind: 'conflict' };

/** Fields both sides changed, waiting for the person's choice. */
export interface PendingChoice<C> {
  conflictId: string;
  fields: DocumentField[];
  merged: C;
  mine: C;
  theirs: C;
  /** Set when "mine" is a version kept earlier (possibly someone else's), not this form's. */
  kept: { by: string; at: string } | null;
}

export type Notice = 'merged' | 'resolved' | null;

export const AUTOSAVE_DELAY_MS = 1500;
/**
 * Kept versions already merged, chosen or put away in this tab: not offered
 * again, also by a form mounted later from a cached document that still lists them.
 */
const HANDLED = new Set<string>();
/** A colleague's kept version is offered here once it is this old (her open page handles it before). */
const LEFT_AFTER_MS = 60_000;

/**
 * One hook for the four versioned documents (application, self-analysis,
 * change model, minutes; ADR 22). It holds the form's values and saves them
 * with the version they started from: after typing stops (autosave), on
 * flush, when the tab is hidden and when the form is left. One save at a time.
 *
 * A save refused as stale (409 `version_conflict`) carries what was saved
 * first. The hook merges it with this form's changes field by field: when no
 * field was changed by both, the merged content is saved on the new version
 * at once and `notice` says so; otherwise saving pauses and `pending` lists
 * only the fields both changed, for `resolve` with a choice per field. The
 * version the server kept is put away once the result is saved.
 */
export function useVersionedDocument<V, C>(options: VersionedDocumentOptions<V, C>) {
  const opts = useRef(options);
  opts.current = options;
  const { saved: savedProp, kept, autosave = true } = options;
  const [values, setValues] = useState<V>(() => options.valuesOf(options.saved.content));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: options.saved.savedAt });
  const [pending, setPending] = useState<PendingChoice<C> | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const latest = useRef(values);
  const saved = useRef<Saved<C>>(options.saved);
  const dirty = useRef(false);
  const paused = useRef(false);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const handled = useRef(HANDLED);
  /** The kept version to put away once the next save succeeds. */
  const toDismiss = useRef<string | null>(null);

  const show = useCallback((next: V) => {
    latest.current = next;
    setValues(next);
  }, []);

  const putAway = useCallback(async () => {
    const id = toDismiss.current;
    if (!id) return;
    toDismiss.current = null;
    handled.current.add(id);
    await opts.current.dismiss(id).catch(() => undefined); // still listed: offered again later, nothing lost
  }, []);

  /** A 409 with what was saved first: merge, and either save again at once or ask. */
  const onStale = useCallback(
    (conflictId: string, version: number, theirs: C) => {
      const o = opts.current;
      handled.current.add(conflictId);
      const base = saved.current.content;
      const mine = o.contentOf(latest.current, base);
      const { merged, conflicts } = mergeVersions(base, mine, theirs, o.fields([base, mine, theirs]));
      saved.current = { version, content: theirs, savedAt: null };
      if (conflicts.length === 0) {
        show(o.valuesOf(merged));
        dirty.current = true;
        toDismiss.current = conflictId;
        setNotice('merged');
        timer.current = window.setTimeout(() => void flushRef.current(), 0);
        return;
      }
      paused.current = true;
      setStatus({ kind: 'conflict' });
      setPending({ conflictId, fields: conflicts, merged, mine, theirs, kept: null });
    },
    [show],
  );

  const saveOnce = useCallback(async () => {
    const o = opts.current;
    const content = o.contentOf(latest.current, saved.current.content);
    dirty.current = false;
    if (sameValue(content, saved.current.content)) {
      await putAway();
      setStatus((s) => (s.kind === 'error' ? s : { kind: 'saved', at: new Date().toISOString() }));
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      saved.current = await o.save(saved.current.version, content);
      await putAway();
      setStatus(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date().toISOString() });
    } catch (err) {
      dirty.current = true; // still not saved
      const theirs = isApiError(err, 409) && err.conflict ? o.parse(err.conflict.content) : null;
      if (isApiError(err, 409) && err.code === 'version_conflict' && err.conflict && theirs !== null) {
        onStale(err.conflict.id, err.conflict.version, theirs);
        return;
      }
      setStatus({ kind: 'error', error: err });
    }
  }, [onStale, putAway]);

  /** Saves now if anything is unsaved (after any save under way); resolves when done. */
  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    if (running.current) return running.current.then(() => (dirty.current && !paused.current ? flush() : undefined));
    if ((!dirty.current && !toDismiss.current) || paused.current) return Promise.resolve();
    const p = saveOnce().finally(() => {
      running.current = null;
    });
    running.current = p;
    return p;
  }, [saveOnce]);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const change = useCallback(
    (next: V) => {
      show(next);
      dirty.current = true;
      setNotice(null);
      if (paused.current) return;
      setStatus((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
      window.clearTimeout(timer.current);
      if (autosave) timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush, show, autosave],
  );

  /** The person's choice per conflicting field: saved at once on the newest version. */
  const resolve = useCallback(
    (choices: Record<string, Choice>) => {
      if (!pending) return Promise.resolve();
      const result = applyChoices(pending.merged, pending.mine, pending.theirs, pending.fields, choices);
      show(opts.current.valuesOf(result));
      dirty.current = true;
      paused.current = false;
      toDismiss.current = pending.conflictId;
      setPending(null);
      setNotice('resolved');
      setStatus({ kind: 'pending' });
      return flush();
    },
    [pending, flush, show],
  );

  /** A newer version from another write of ours (an upload): take its version, keep what is typed. */
  const accept = useCallback(
    (next: Saved<C>) => {
      saved.current = next;
      if (!dirty.current && !running.current && !paused.current) show(opts.current.valuesOf(next.content));
    },
    [show],
  );

  // A newer version saved elsewhere while nothing is typed here: show it rather than overwrite it later.
  useEffect(() => {
    if (savedProp.version <= saved.current.version || dirty.current || running.current || paused.current) return;
    saved.current = savedProp;
    show(opts.current.valuesOf(savedProp.content));
    setStatus({ kind: 'saved', at: savedProp.savedAt });
  }, [savedProp, show]);

  // A kept version listed with the document – one's own from an earlier session, or a colleague's left for a
  // minute (while her page is open it merges or asks her itself): offer it once nothing is typed here.
  const me = useSession().user.name;
  const next = kept.find(
    (k) => !handled.current.has(k.id) && (k.savedBy === me || Date.parse(k.savedAt) < Date.now() - LEFT_AFTER_MS),
  );
  useEffect(() => {
    if (!next || paused.current || dirty.current || running.current) return;
    const o = opts.current;
    const theirs = saved.current.content;
    const { merged, conflicts } = mergeVersions(null, next.content, theirs, o.fields([next.content, theirs]));
    handled.current.add(next.id);
    if (conflicts.length === 0) {
      void o.dismiss(next.id).catch(() => undefined); // nothing in it that is not saved
      return;
    }
    paused.current = true;
    setStatus({ kind: 'conflict' });
    setPending({
      conflictId: next.id,
      fields: conflicts,
      merged,
      mine: next.content,
      theirs,
      kept: { by: next.savedBy, at: next.savedAt },
    });
  }, [next]);

  // Hidden tab: save now; closing with unsaved changes: save and ask first; leaving the form: save.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current || running.current || opts.current.held?.(latest.current)) {
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

  return {
    values,
    change,
    status,
    flush,
    pending,
    resolve,
    notice,
    accept,
    /** The version the next save goes on. */
    version: () => saved.current.version,
    /** Something typed is not saved yet (or a choice waits). */
    unsaved: () =>
      dirty.current || running.current !== null || paused.current || (opts.current.held?.(latest.current) ?? false),
  };
}
