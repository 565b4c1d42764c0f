import { roleHas, type Permission } from '../../shared/permissions.js';
import type { Actor } from '../core/actor.js';
import type { Grant } from './grants.js';

/** Does the actor's role hold the permission at all (the route-level question)? */
export function can(actor: Actor | null, permission: Permission): boolean {
  return actor !== null && roleHas(actor.role, permission);
}

/** The grant, provided the role holds the permission: how record rules combine "may do this kind of thing" with "on this record". */
export function permitted(actor: Actor, permission: Permission, grant: Grant | null): Grant | null {
  return grant !== null && can(actor, permission) ? grant : null;
}
