import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { authEndpoints as E } from '../../../src/shared/contracts/endpoints/auth.js';
import { call } from '../api/call.js';
import { isApiError, msSinceLastActivity, setCsrfToken } from '../api/client.js';
import type { Permission, Role, SessionResponse } from '../api/contracts.js';

export const SESSION_KEY = ['session'] as const;

/** Why the user is on the login page: their session ran out, or they logged off. Read once by the login page. */
type LoginReason = 'expired' | 'loggedOut' | null;
let loginReason: LoginReason = null;
const listeners = new Set<() => void>();
function setLoginReason(reason: LoginReason) {
  loginReason = reason;
  for (const l of listeners) l();
}
export function useLoginReason(): [LoginReason, () => void] {
  const reason = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => loginReason,
  );
  return [reason, () => setLoginReason(null)];
}

// Whether this tab believes it is logged in, so a 401 can be told apart from "never logged in".
let loggedIn = false;

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await call(E.session);
    setCsrfToken(session.csrfToken);
    loggedIn = true;
    return session;
  } catch (err) {
    if (isApiError(err, 401)) {
      if (loggedIn) setLoginReason('expired');
      loggedIn = false;
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

/** The current session, or null when nobody is logged in. */
export function useSessionQuery() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
}

// The last session seen, so pages that are being unmounted after a logout or
// an expired session can finish rendering instead of failing.
let lastSession: SessionResponse | null = null;

/** The session inside the logged-in part of the app (RequireSession guarantees it). */
export function useSession(): SessionResponse {
  const { data } = useSessionQuery();
  if (data) lastSession = data;
  const session = data ?? lastSession;
  if (!session) throw new Error('useSession used outside a logged-in route');
  return session;
}

export function useCan(): (permission: Permission) => boolean {
  const session = useSession();
  return (permission) => session.permissions.includes(permission);
}

/** Starts a fresh logged-in state: new session data, nothing cached from before. */
function adoptSession(queryClient: QueryClient, session: SessionResponse | null) {
  loggedIn = session !== null;
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData(SESSION_KEY, session);
}

/**
 * A request was answered 401 while the app believed it was logged in: the
 * session expired (idle timeout) or was ended elsewhere. Back to the login page.
 */
export function handleUnauthorized(queryClient: QueryClient): void {
  if (!queryClient.getQueryData(SESSION_KEY)) return; // already logged out (e.g. a failed login)
  setLoginReason('expired');
  adoptSession(queryClient, null);
}

/**
 * The server ends a session after idleTimeoutSeconds without requests. Once
 * that has surely happened, ask for the session (now a 401, so it cannot
 * extend anything) and let the app go to the login page with a message.
 */
export function useIdleExpiry(session: SessionResponse | null): void {
  const queryClient = useQueryClient();
  const idleMs = session ? session.idleTimeoutSeconds * 1000 : 0;
  useEffect(() => {
    if (!idleMs) return;
    const timer = window.setInterval(() => {
      if (msSinceLastActivity() > idleMs + 5_000) void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    }, 15_000);
    return () => window.clearInterval(timer);
  }, [idleMs, queryClient]);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) => call(E.login, { body: input }),
    onSuccess: (session) => {
      setLoginReason(null);
      adoptSession(queryClient, session);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(E.logout),
    onSettled: () => {
      setLoginReason('loggedOut');
      adoptSession(queryClient, null);
    },
  });
}

export function useSwitchRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (role: Role) => call(E.switchRole, { body: { role } }),
    onSuccess: (session) => adoptSession(queryClient, session),
  });
}

/** Changes the person's own password; the answer is the session, no longer bound to change it. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => call(E.changePassword, { body: input }),
    onSuccess: (session) => queryClient.setQueryData(SESSION_KEY, session),
  });
}
