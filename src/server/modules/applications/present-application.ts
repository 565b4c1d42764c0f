import {
  ApplicationContent,
  type Application,
  type ApplicationConflict,
  type ApplicationListItem,
} from '../../../shared/contracts/applications.js';
import type { Access } from '../../access/index.js';
import { openConflictingEdits } from '../edit-conflicts/index.js';
import { presentFile, findFile } from '../files/index.js';
import { checklistOf } from './checklist.js';
import { outcomeOf } from './outcome.js';
import type * as repo from './repository.js';
import type { Context } from '../../core/context.js';
import { can } from '../../access/index.js';

export function presentListItem(access: Access, row: repo.ApplicationListRow): ApplicationListItem {
  return {
    id: row.id,
    roundId: row.roundId,
    roundName: row.roundName,
    municipalityCode: row.municipalityCode,
    municipalityName: row.municipalityName,
    regionName: row.regionName,
    status: row.status,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    outcome: access.may('application.outcome', row) ? outcomeOf(row) : null,
    readyForCourse: row.agreementStatus === 'signed',
  };
}

export async function presentApplication(ctx: Context, row: repo.VisibleApplicationRow): Promise<Application> {
  const { tx, actor, now } = ctx;
  const own = ctx.access.may('application.edit', row);
  const file = row.directorFileId ? await findFile(tx, row.directorFileId) : null;
  const conflicts = own ? await openConflictingEdits(tx, 'application', row.id) : [];
  const draft = row.status === 'draft';
  const checklist = checklistOf(row.content, file !== null);
  return {
    id: row.id,
    roundId: row.roundId,
    roundName: row.roundName,
    deadline: row.deadline.toISOString(),
    courseStart: row.courseStart,
    courseEnd: row.courseEnd,
    municipalityCode: row.municipalityCode,
    municipalityName: row.municipalityName,
    status: row.status,
    version: row.version,
    content: row.content,
    institutionNames: row.institutionNames,
    directorFile: file ? presentFile(file) : null,
    checklist,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedBy: row.submittedBy,
    conflicts: presentConflicts(conflicts),
    outcome: ctx.access.may('application.outcome', row) ? outcomeOf(row) : null,
    readyForCourse: row.agreementStatus === 'signed',
    allowed: {
      edit: own && draft && can(actor, 'application.write'),
      submit: own && draft && row.deadline > now && checklist.every((c) => c.done),
      assess: ctx.access.may('application.assess', row),
    },
  };
}

/** Kept versions as the page shows them; one that no longer fits the contract is left out rather than failing the page. */
function presentConflicts(rows: Awaited<ReturnType<typeof openConflictingEdits>>): ApplicationConflict[] {
  return rows.flatMap((c) => {
    const content = ApplicationContent.safeParse(c.content);
    return content.success
      ? [
          {
            id: c.id,
            baseVersion: c.baseVersion,
            savedAt: c.savedAt.toISOString(),
            savedBy: c.savedBy,
            content: content.data,
          },
        ]
      : [];
  });
}
