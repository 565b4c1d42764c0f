import type { ApplicationContent } from '../../../shared/contracts/applications.js';
import type { Tx } from '../../db/client.js';
import { AppError, type FieldError } from '../../core/errors.js';
import { institutionNames } from './repository.js';

/** Every chosen institution must be one of the municipality's own, and chosen once. */
export async function assertOwnInstitutions(
  tx: Tx,
  municipalityCode: string,
  content: ApplicationContent,
): Promise<void> {
  const ids = content.institutions.map((i) => i.institutionId);
  const known = await institutionNames(tx, municipalityCode, ids);
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  ids.forEach((id, index) => {
    const field = `content.institutions.${index}.institutionId`;
    if (!(id in known)) errors.push({ field, message: 'Dagtilbuddet findes ikke i kommunen' });
    else if (seen.has(id)) errors.push({ field, message: 'Dagtilbuddet er valgt to gange' });
    seen.add(id);
  });
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
}
