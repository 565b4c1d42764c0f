import type { ApplicationContent, ChecklistKey } from '../../../shared/contracts/applications.js';

/**
 * What must be in place before an application can be submitted, in the form's
 * order. The response carries only the keys (the client words them); these
 * Danish labels name what is missing in the refusal of a submission.
 */
export const CHECKLIST_LABELS: Record<ChecklistKey, string> = {
  contact: 'Kontaktperson med navn og e-mail',
  institutions: 'Mindst ét dagtilbud valgt',
  need: 'Andel familier i en udsat position og dokumentation for hvert dagtilbud',
  familyDaycareShare: 'Andel af de 0–2-årige i dagpleje',
  motivation: 'Motivation',
  managementBacking: 'Ledelsesmæssig opbakning',
  resourceCommitment: 'Direktørens tilsagn om ressourcer og forankring',
  director: 'Direktørens navn, titel og dato for underskrift',
  directorFile: 'Den underskrevne erklæring fra direktøren (PDF)',
  evaluationCommitment: 'Tilsagn om at deltage i den eksterne evaluering',
};

export function checklistOf(
  content: ApplicationContent,
  hasDirectorFile: boolean,
): { key: ChecklistKey; done: boolean }[] {
  const filled = (s: string) => s.trim().length > 0;
  const done: Record<ChecklistKey, boolean> = {
    contact: filled(content.contactName) && filled(content.contactEmail),
    institutions: content.institutions.length > 0,
    need:
      content.institutions.length > 0 &&
      content.institutions.every((i) => i.vulnerableFamiliesShare !== null && filled(i.needDocumentation)),
    familyDaycareShare: content.familyDaycareShare !== null,
    motivation: filled(content.motivation),
    managementBacking: filled(content.managementBacking),
    resourceCommitment: filled(content.resourceCommitment),
    director: filled(content.directorName) && filled(content.directorTitle) && filled(content.directorSignedOn),
    directorFile: hasDirectorFile,
    evaluationCommitment: content.evaluationCommitment,
  };
  return (Object.keys(CHECKLIST_LABELS) as ChecklistKey[]).map((key) => ({ key, done: done[key] }));
}
