import type { Child, UpdateChildRequest } from '../../api/contracts.js';

export interface ChildValues {
  firstName: string;
  lastName: string;
  birthDate: string;
  groupId: string;
}

export const CHILD_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'groupId',
] as const satisfies readonly (keyof ChildValues)[];

export function valuesOf(child: Child): ChildValues {
  return {
    firstName: child.firstName,
    lastName: child.lastName,
    birthDate: child.birthDate,
    groupId: child.groupId ?? '',
  };
}

/** The PATCH body: only the fields that differ from the version the editor started from. */
export function changesFrom(base: Child, values: ChildValues): UpdateChildRequest | null {
  const before = valuesOf(base);
  const body: UpdateChildRequest = { version: base.version };
  if (values.firstName !== before.firstName) body.firstName = values.firstName;
  if (values.lastName !== before.lastName) body.lastName = values.lastName;
  if (values.birthDate !== before.birthDate) body.birthDate = values.birthDate;
  if (values.groupId !== before.groupId) body.groupId = values.groupId || null;
  return Object.keys(body).length > 1 ? body : null;
}

/**
 * After a conflict: the latest saved values with the user's own changes (the
 * fields that differ from the version they started from) laid on top, so
 * saving again does not undo what the other person changed.
 */
export function mergeOntoLatest(base: Child, latest: Child, values: ChildValues): ChildValues {
  const before = valuesOf(base);
  const merged = valuesOf(latest);
  for (const field of CHILD_FIELDS) if (values[field] !== before[field]) merged[field] = values[field];
  return merged;
}
