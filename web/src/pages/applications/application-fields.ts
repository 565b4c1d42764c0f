import type { ApplicationContent } from '../../../../src/shared/contracts/applications.js';
import type { Messages } from '../../i18n/da.js';
import { field, type DocumentField } from '../../versions/merge.js';

/**
 * The application's fields as a person sees them, for merging two saves
 * (ADR 22): every top-level key of the content; the chosen institutions with
 * their shares and need documentation are one field, as they are one list.
 */
export function applicationFields(t: Messages, names: Record<string, string> = {}): DocumentField[] {
  const a = t.applications;
  const institutions = (v: unknown) =>
    (v as ApplicationContent['institutions']).map((i) => names[i.institutionId] ?? i.institutionId).join(', ');
  // "Navn" alone could be the director's: the contact's fields say whose they are.
  const contact = (label: string) => `${label} (${a.contactHeading.toLowerCase()})`;
  const keys: [keyof ApplicationContent, string, ((v: unknown) => string)?][] = [
    ['contactName', contact(a.contactName)],
    ['contactEmail', contact(a.contactEmail)],
    ['contactPhone', contact(a.contactPhone)],
    ['institutions', a.institutionsLegend, institutions],
    ['familyDaycareShare', a.familyDaycareShare],
    ['motivation', a.motivation],
    ['managementBacking', a.managementBacking],
    ['resourceCommitment', a.resourceCommitment],
    ['directorName', a.directorName],
    ['directorTitle', a.directorTitle],
    ['directorSignedOn', a.directorSignedOn],
    ['evaluationCommitment', a.evaluationCommitment],
  ];
  return keys.map(([key, label, show]) => field([key], label, show));
}
