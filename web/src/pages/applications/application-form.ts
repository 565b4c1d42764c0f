import {
  APPLICATION_LIMITS,
  ApplicationContent as ContentSchema,
  ApplicationInstitution,
  type LimitedApplicationField,
} from '../../../../src/shared/contracts/applications.js';
import { textLength } from '../../../../src/shared/contracts/text-length.js';
import { configureZod } from '../../../../src/shared/zod-config.js';
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
  return v !== '' && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || !ContentSchema.shape.contactEmail.safeParse(v).success);
}

// The schemas' messages here are the server's: the same plain Danish (issue 11, point 5).
configureZod();

/** The texts of the form checked against the contract's own schema (the server's), one field at a time. */
const TEXT_FIELDS = [
  'contactName',
  'contactPhone',
  'motivation',
  'managementBacking',
  'resourceCommitment',
  'directorName',
  'directorTitle',
] as const satisfies readonly LimitedApplicationField[];
type TextFieldKey = (typeof TEXT_FIELDS)[number];
const MULTI_LINE = new Set<LimitedApplicationField>([
  'motivation',
  'managementBacking',
  'resourceCommitment',
  'needDocumentation',
]);

/**
 * Why one field as typed cannot be saved: too long (with its length and the
 * contract's limit, worded by the client), or the schema's own Danish message
 * (a control character, a date that does not exist). Undefined when it can.
 */
export type FieldProblem = { kind: 'tooLong'; length: number; limit: number } | { kind: 'invalid'; message: string };

export function limitedFieldProblem(field: LimitedApplicationField, value: string): FieldProblem | undefined {
  const limit = APPLICATION_LIMITS[field];
  const length = textLength(value, MULTI_LINE.has(field) ? 'multi' : 'single');
  if (length > limit) return { kind: 'tooLong', length, limit };
  const schema =
    field === 'needDocumentation' ? ApplicationInstitution.shape.needDocumentation : ContentSchema.shape[field];
  const result = schema.safeParse(value);
  return result.success ? undefined : { kind: 'invalid', message: result.error.issues[0]?.message ?? '' };
}

/** One field that is not saved while it is as typed: where it is (its input's id), which field, and why. */
export interface InvalidField {
  id: string;
  /** The content key (`motivation`) or, for an institution's documentation, `needDocumentation`. */
  field: LimitedApplicationField | 'directorSignedOn';
  institutionId?: string;
  problem: FieldProblem;
}

/** Every text and date of the form that cannot be saved as typed (shares and e-mail have their own checks). */
export function invalidFields(values: ApplicationValues): InvalidField[] {
  const out: InvalidField[] = [];
  for (const field of TEXT_FIELDS) {
    const problem = limitedFieldProblem(field, values[field]);
    if (problem) out.push({ id: fieldId(field), field, problem });
  }
  for (const i of values.institutions) {
    const problem = limitedFieldProblem('needDocumentation', i.needDocumentation);
    if (problem)
      out.push({ id: needId(i.institutionId), field: 'needDocumentation', institutionId: i.institutionId, problem });
  }
  const date = ContentSchema.shape.directorSignedOn.safeParse(values.directorSignedOn);
  if (!date.success) {
    out.push({
      id: fieldId('directorSignedOn'),
      field: 'directorSignedOn',
      problem: { kind: 'invalid', message: date.error.issues[0]?.message ?? '' },
    });
  }
  return out;
}

const canSave = (field: LimitedApplicationField, value: string) => limitedFieldProblem(field, value) === undefined;

/**
 * The content to save. A field that cannot be saved as typed – a share that
 * cannot be read, an e-mail address that is not one, a text over its limit or
 * with a character the contract refuses, a date that does not exist – keeps its
 * last saved value, so everything else is still saved while that field shows
 * its problem (issue 11, point 5). What is typed stays in the form, never cut.
 */
export function contentOf(values: ApplicationValues, saved: ApplicationContent): ApplicationContent {
  const share = parsePercent(values.familyDaycareShare);
  const text = (field: TextFieldKey) => (canSave(field, values[field]) ? values[field] : saved[field]);
  return {
    ...values,
    contactName: text('contactName'),
    contactPhone: text('contactPhone'),
    motivation: text('motivation'),
    managementBacking: text('managementBacking'),
    resourceCommitment: text('resourceCommitment'),
    directorName: text('directorName'),
    directorTitle: text('directorTitle'),
    directorSignedOn: ContentSchema.shape.directorSignedOn.safeParse(values.directorSignedOn).success
      ? values.directorSignedOn
      : saved.directorSignedOn,
    contactEmail: emailProblem(values.contactEmail) ? saved.contactEmail : values.contactEmail.trim(),
    familyDaycareShare: share === 'invalid' ? saved.familyDaycareShare : share,
    institutions: values.institutions.map((i) => {
      const p = parsePercent(i.vulnerableFamiliesShare);
      const before = saved.institutions.find((s) => s.institutionId === i.institutionId);
      return {
        institutionId: i.institutionId,
        vulnerableFamiliesShare: p === 'invalid' ? (before?.vulnerableFamiliesShare ?? null) : p,
        needDocumentation: canSave('needDocumentation', i.needDocumentation)
          ? i.needDocumentation
          : (before?.needDocumentation ?? ''),
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
