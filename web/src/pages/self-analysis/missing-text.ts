import { word } from '../../../../src/shared/contracts/messages.js';
import type { Messages } from '../../i18n/da.js';
import type { MissingPart } from './api.js';

/** A missing part in the current locale, worded from its code (ADR 24). */
export function missingText(t: Messages, part: MissingPart): string {
  return word(t.selfAnalysis.missing, part.why);
}
