import { stringify } from 'csv-stringify/sync';
import { writeAudit } from '../../audit/write-audit.js';
import { listChildrenOfInstitution } from './repository.js';
import type { Context } from '../../core/context.js';
import { childScopeFilter } from '../../access/index.js';
import { institutionForChildren } from './visible-institution.js';

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP "CSV injection"). */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export const EXPORT_COLUMNS = ['Fornavn', 'Efternavn', 'Fødselsdato', 'Gruppe', 'Dagtilbud'] as const;

/**
 * The children of one institution as CSV (semicolon-separated, UTF-8 with BOM,
 * as Danish Excel expects). One institution is at most a few hundred rows.
 */
export async function exportChildren(ctx: Context, institutionId: string) {
  const { tx, actor } = ctx;
  const inst = await institutionForChildren(ctx, institutionId, 'children.export');
  const rows = await listChildrenOfInstitution(tx, childScopeFilter(actor), inst.id);
  await writeAudit(tx, actor, {
    action: 'child.export',
    entityType: 'child',
    municipalityCode: inst.municipalityCode,
    details: { criteria: { institutionId: inst.id }, format: 'csv', rowCount: rows.length },
  });
  const csv = stringify(
    rows.map((r) =>
      [r.firstName, r.lastName, r.birthDate, r.groupName ?? '', r.institutionName].map(neutraliseFormula),
    ),
    { header: true, columns: [...EXPORT_COLUMNS], delimiter: ';', bom: true },
  );
  return { csv, fileName: `boern-${inst.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.csv` };
}
