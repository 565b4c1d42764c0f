import { useMutation, useQuery } from '@tanstack/react-query';
import { authEndpoints as E } from '../../../../src/shared/contracts/endpoints/auth.js';
import { call } from '../../api/call.js';

/** "Glemt adgangskode": the answer is the same whatever the address (docs/adr/0028). */
export function useRequestPasswordReset() {
  return useMutation({ mutationFn: (email: string) => call(E.requestPasswordReset, { body: { email } }) });
}

/** Whose one-time link it is; does not use it up. Kept in memory only while the page shows. */
export function usePasswordLink(token: string) {
  return useQuery({
    queryKey: ['password-link', token],
    queryFn: () => call(E.checkPasswordLink, { body: { token } }),
    enabled: token !== '',
    retry: false,
    gcTime: 0,
    staleTime: Infinity,
  });
}

/** Sets the password with the link; the person then logs in with it. */
export function useSetPasswordByLink() {
  return useMutation({
    mutationFn: (input: { token: string; newPassword: string }) => call(E.setPasswordByLink, { body: input }),
  });
}
