import { AppError } from '../../http/errors.js';

/**
 * A 409 for a state rule of the self-analysis (presented: reopen first; not
 * presented: nothing to reopen), with the Danish reason as its detail. It
 * carries the `version_conflict` code because the error table (http/errors.ts)
 * has no code of its own for it yet; clients read the detail and re-read the
 * self-analysis, which shows its status. Requested: `self_analysis_presented`.
 */
export function stateConflict(detail: string): AppError {
  return new AppError('version_conflict', { detail });
}

export const PRESENTED_DETAIL = 'Egenanalysen er fremlagt og kan ikke ændres. Genåbn den først, hvis den skal ændres.';
