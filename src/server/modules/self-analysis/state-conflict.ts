import { AppError } from '../../core/errors.js';

/**
 * A 409 for a state rule of the self-analysis: presented (reopen first) or
 * not presented (nothing to reopen), with the Danish reason as its detail.
 */
export function stateConflict(
  code: 'self_analysis_presented' | 'self_analysis_not_presented',
  detail?: string,
): AppError {
  return new AppError(code, detail ? { detail } : {});
}

export const PRESENTED_DETAIL = 'Egenanalysen er fremlagt og kan ikke ændres. Genåbn den først, hvis den skal ændres.';
