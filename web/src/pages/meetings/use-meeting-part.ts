import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/client.js';
import { fetchMeeting, meetingKey, useMeetingChanged, type Meeting } from './api.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A form over one part of a meeting (agenda and place, or participants). The
 * meeting has one version for all its parts, so a save goes with the newest
 * version known; what matters is whether someone else changed *this* part
 * since the form started. If they did, nothing is overwritten: the user sees
 * their version beside the saved one and chooses. A change to another part
 * (one's own participants save, say) is no conflict, and the save goes through.
 */
export function useMeetingPart<V>(meeting: Meeting, pick: (m: Meeting) => V, dirty: boolean, adopt: (v: V) => void) {
  const queryClient = useQueryClient();
  const changed = useMeetingChanged();
  const [base, setBase] = useState<V>(() => pick(meeting));
  const [theirs, setTheirs] = useState<V | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const latest = useRef(meeting);
  latest.current = meeting;

  // News from elsewhere while nothing is typed here: show it.
  const currentKey = JSON.stringify(pick(meeting));
  useEffect(() => {
    const current = pick(latest.current);
    if (!dirty && !busy && theirs === null && !same(current, base)) {
      setBase(current);
      adopt(current);
    }
  }, [currentKey, pick, base, dirty, busy, theirs, adopt]);

  const save = useCallback(
    async (send: (version: number) => Promise<Meeting>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      setSavedAt(null);
      try {
        let newest = latest.current;
        for (let attempt = 0; attempt < 2; attempt++) {
          if (!same(pick(newest), base)) {
            setTheirs(pick(newest));
            return false;
          }
          try {
            const saved = await send(newest.version);
            await changed(saved);
            setBase(pick(saved));
            adopt(pick(saved));
            setSavedAt(Date.now());
            return true;
          } catch (err) {
            if (!isApiError(err, 409)) throw err;
            newest = await fetchMeeting(meeting.id);
            queryClient.setQueryData(meetingKey(meeting.id), newest);
          }
        }
        setTheirs(pick(newest));
        return false;
      } catch (err) {
        setError(err);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [base, pick, adopt, changed, meeting.id, queryClient],
  );

  /** After a conflict: take the saved version, or keep one's own and save it on top. */
  const resolve = useCallback(
    (keepMine: boolean) => {
      if (theirs === null) return;
      setBase(theirs);
      if (!keepMine) adopt(theirs);
      setTheirs(null);
    },
    [theirs, adopt],
  );

  return { save, resolve, theirs, busy, error, savedAt };
}
