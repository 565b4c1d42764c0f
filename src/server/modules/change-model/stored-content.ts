import { ChangeModelContent, KeptChangeModel } from '../../../shared/contracts/change-model.js';

/**
 * Content read back from a jsonb column, checked with the contract: it was
 * validated on the way in, so a failure here means the data was changed
 * behind the application's back and is an error, not something to show.
 */
export function parseStoredContent(stored: unknown): ChangeModelContent {
  return ChangeModelContent.parse(stored);
}

export function parseKeptEdit(stored: unknown): KeptChangeModel {
  return KeptChangeModel.parse(stored);
}
