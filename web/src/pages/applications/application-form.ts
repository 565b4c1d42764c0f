import type { ApplicationContent, ChecklistKey } from './api.js';

/** One chosen institution in the form: the share as typed. */
export interface InstitutionValues {
  institutionId: string;
  vulnerableFamiliesShare: string;
  needDocumentation: string;
}

/** The form's values: the application's content, with the shares as typed (so "12," may stand while typing). */
export type ApplicationValues = Omit<ApplicationContent, 'institutions' | 'familyDaycareShare'> & {
  institutions: InstitutionValues[];
  familyDaycareShare: string;
};

export const ID_PREFIX = 'application';
export const fieldId = (name: string) => `${ID_PREFIX}-${name}`;
export const shareId = (institutionId: string) => fieldId(`share-${institutionId}`);
export const needId = (institutionId: string) => fieldId(`need-${institutionId}`);
export const institutionCheckboxId = (institutionId: string) => fieldId(`institution-${institutionId}`);

const percentText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

export function valuesOf(content: ApplicationContent): ApplicationValues {
  return {
    ...content,
    familyDaycareShare: percentText(content.familyDaycareShare),
    institutions: content.institutions.map((i) => ({
      ...i,
      vulnerableFamiliesShare: percentText(i.vulnerableFamiliesShare),
    })),
  };
}

/** A share as typed: a number 0–100 (comma or point), null when empty, 'invalid' otherwise. */
export function parsePercent(text: string): number | null | 'invalid' {
  const v = text.trim().replace(',', '.');
  if (v === '') return null;
  if (!/^\d+(\.\d+)?$/.test(v)) return 'invalid';
  const n = Number(v);
  return n >= 0 && n <= 100 ? n : 'invalid';
}

/** Whether an e-mail address as typed cannot be saved (empty is fine in a draft). */
export function emailProblem(text: string): boolean {
  const v = text.trim();
  return v !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
}

/**
 * The content to save. A share that cannot be read keeps its last saved
 * value (as does an unreadable e-mail address), so everything else is still saved while the field shows its error.
 */
export function contentOf(values: ApplicationValues, saved: ApplicationContent): ApplicationContent {
  const share = parsePercent(values.familyDaycareShare);
  return {
    ...values,
    contactEmail: emailProblem(values.contactEmail) ? saved.contactEmail : values.contactEmail.trim(),
    familyDaycareShare: share === 'invalid' ? saved.familyDaycareShare : share,
    institutions: values.institutions.map((i) => {
      const p = parsePercent(i.vulnerableFamiliesShare);
      const before =
        saved.institutions.find((s) => s.institutionId === i.institutionId)?.vulnerableFamiliesShare ?? null;
      return {
        institutionId: i.institutionId,
        vulnerableFamiliesShare: p === 'invalid' ? before : p,
        needDocumentation: i.needDocumentation,
      };
    }),
  };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

export function sameContent(a: ApplicationContent, b: ApplicationContent): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * Where each checklist item is filled in, for links from the checklist and
 * the error summary. Missing documentation points at the first chosen
 * institution whose share or documentation is empty.
 */
export function checklistTarget(key: ChecklistKey, content: ApplicationContent): string {
  switch (key) {
    case 'contact':
      return fieldId(
        content.contactName.trim() === ''
          ? 'contactName'
          : content.contactEmail === ''
            ? 'contactEmail'
            : 'contactPhone',
      );
    case 'institutions':
      return fieldId('institutions');
    case 'need': {
      const first =
        content.institutions.find((i) => i.vulnerableFamiliesShare === null || i.needDocumentation.trim() === '') ??
        content.institutions[0];
      if (!first) return fieldId('institutions');
      return first.vulnerableFamiliesShare === null ? shareId(first.institutionId) : needId(first.institutionId);
    }
    case 'familyDaycareShare':
    case 'motivation':
    case 'managementBacking':
    case 'resourceCommitment':
    case 'directorFile':
    case 'evaluationCommitment':
      return fieldId(key);
    case 'director':
      return fieldId(
        content.directorName.trim() === ''
          ? 'directorName'
          : content.directorTitle.trim() === ''
            ? 'directorTitle'
            : 'directorSignedOn',
      );
  }
}

/** Moves focus to a field (the checklist's and the error summary's links), scrolling it into view. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}
