import type { Child } from '../../../shared/contracts/children.js';
import type { ChildRow } from './repository.js';

export function presentChild(row: ChildRow): Child {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: row.birthDate,
    institutionId: row.institutionId,
    institutionName: row.institutionName,
    groupId: row.groupId,
    groupName: row.groupName,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
