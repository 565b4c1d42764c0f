import { endpoint } from '../endpoint.js';
import { NotificationPreferencesResponse, UpdateNotificationPreferencesRequest } from '../notifications.js';

/** The person's own e-mail choices (src/server/modules/notifications). */
export const notificationEndpoints = {
  preferences: endpoint({
    method: 'GET',
    path: '/me/notification-preferences',
    response: NotificationPreferencesResponse,
  }),
  updatePreferences: endpoint({
    method: 'PUT',
    path: '/me/notification-preferences',
    body: UpdateNotificationPreferencesRequest,
    response: NotificationPreferencesResponse,
  }),
};
