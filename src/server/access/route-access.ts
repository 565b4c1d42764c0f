import type { Permission } from '../../shared/permissions.js';

/** What a route declares it needs (enforced by modules/auth/auth-hook.ts before a use case runs). */
export type RouteAccess = Permission | 'public' | 'authenticated';
