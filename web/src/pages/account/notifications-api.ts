import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { notificationEndpoints as E } from '../../../../src/shared/contracts/endpoints/notifications.js';
import type { EndpointBody } from '../../../../src/shared/contracts/endpoint.js';
import { call } from '../../api/call.js';

/** Query keys and fetches of the person's own e-mail choices. */
export const notificationQueries = {
  preferences: () =>
    queryOptions({
      queryKey: ['me', 'notification-preferences'],
      queryFn: ({ signal }) => call(E.preferences, { signal }),
    }),
};

export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EndpointBody<typeof E.updatePreferences>) => call(E.updatePreferences, { body }),
    onSuccess: (saved) => queryClient.setQueryData(notificationQueries.preferences().queryKey, saved),
  });
}
