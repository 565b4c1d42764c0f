import {
  INSTITUTION_FIGURES,
  MUNICIPALITY_FIGURES,
  QUESTION_KEYS,
  SECTION_KEYS,
  emptyInstitutionCapacity,
  type FigureUnit,
  type SectionKey,
} from '../../../../src/shared/contracts/self-analysis.js';
import type { SelfAnalysisContent } from './api.js';

/** Figures as typed ("2,5" may stand while typing); everything else as saved. */
export interface CapacityValues {
  figures: Record<string, string>;
  note: string;
}

export type SelfAnalysisValues = Pick<SelfAnalysisContent, SectionKey | 'strengths' | 'challenges'> & {
  municipality: CapacityValues;
  /** By institution id, for every institution of the course. */
  institutions: Record<string, CapacityValues>;
};

export const ID_PREFIX = 'sa';
export const questionId = (section: SectionKey, key: string) => `${ID_PREFIX}-${section}-${key}`;
export const municipalityFigureId = (key: string) => `${ID_PREFIX}-municipality-${key}`;
export const institutionFigureId = (institutionId: string, key: string) => `${ID_PREFIX}-inst-${institutionId}-${key}`;
export const listItemId = (list: 'strengths' | 'challenges', index: number) => `${ID_PREFIX}-${list}-${index}`;
export const listAddId = (list: 'strengths' | 'challenges') => `${ID_PREFIX}-${list}-add`;
export const CONFLICT_ID = 'self-analysis-conflict';

const figureText = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

function capacityValues(capacity: { figures: Record<string, number | null>; note: string }): CapacityValues {
  return {
    figures: Object.fromEntries(Object.entries(capacity.figures).map(([k, v]) => [k, figureText(v)])),
    note: capacity.note,
  };
}

export function valuesOf(content: SelfAnalysisContent, institutionIds: string[]): SelfAnalysisValues {
  return {
    leadership: content.leadership,
    organisation: content.organisation,
    interventions: content.interventions,
    strengths: content.strengths,
    challenges: content.challenges,
    municipality: capacityValues(content.capacity.municipality),
    institutions: Object.fromEntries(
      institutionIds.map((id) => [id, capacityValues(content.capacity.institutions[id] ?? emptyInstitutionCapacity())]),
    ),
  };
}

const MAX: Record<FigureUnit, number> = { count: 100_000, percent: 100, fte: 10_000, hours: 168 };

/** A figure as typed: a number within its unit's bounds (comma or point), null when empty, 'invalid' otherwise. */
export function parseFigure(text: string, unit: FigureUnit): number | null | 'invalid' {
  const v = text.trim().replace(/\s/g, '').replace(',', '.');
  if (v === '') return null;
  const pattern = unit === 'count' ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(v)) return 'invalid';
  const n = Number(v);
  return n >= 0 && n <= MAX[unit] ? n : 'invalid';
}

function figuresOf(
  typed: Record<string, string>,
  template: Record<string, { unit: FigureUnit }>,
  saved: Record<string, number | null> | undefined,
): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(template).map(([key, f]) => {
      const parsed = parseFigure(typed[key] ?? '', f.unit);
      return [key, parsed === 'invalid' ? (saved?.[key] ?? null) : parsed];
    }),
  );
}

/**
 * The content to save. A figure that cannot be read keeps its last saved
 * value, so everything else is still saved while the field shows its error.
 */
export function contentOf(values: SelfAnalysisValues, saved: SelfAnalysisContent): SelfAnalysisContent {
  return {
    leadership: values.leadership,
    organisation: values.organisation,
    interventions: values.interventions,
    strengths: values.strengths,
    challenges: values.challenges,
    capacity: {
      municipality: {
        figures: figuresOf(
          values.municipality.figures,
          MUNICIPALITY_FIGURES,
          saved.capacity.municipality.figures,
        ) as SelfAnalysisContent['capacity']['municipality']['figures'],
        note: values.municipality.note,
      },
      institutions: {
        ...saved.capacity.institutions,
        ...Object.fromEntries(
          Object.entries(values.institutions).map(([id, v]) => [
            id,
            {
              figures: figuresOf(
                v.figures,
                INSTITUTION_FIGURES,
                saved.capacity.institutions[id]?.figures,
              ) as SelfAnalysisContent['capacity']['institutions'][string]['figures'],
              note: v.note,
            },
          ]),
        ),
      },
    },
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

/** Trimmed as the server stores it, so a save that changes only spaces is no change. */
export function sameContent(a: SelfAnalysisContent, b: SelfAnalysisContent): boolean {
  const trimmed = (c: SelfAnalysisContent) =>
    JSON.stringify(canonical(c), (_k, v: unknown) => (typeof v === 'string' ? v.trim() : v));
  return trimmed(a) === trimmed(b);
}

/** Where a field named by the server (a 400's `errors`, a missing part) is filled in. */
export function targetOf(field: string, values: SelfAnalysisValues): string {
  const [root, part, a, b, c] = field.split('.');
  if (root === 'conflicts') return CONFLICT_ID;
  if ((SECTION_KEYS as readonly string[]).includes(part ?? '')) {
    const section = part as SectionKey;
    return questionId(section, a ?? QUESTION_KEYS[section][0]);
  }
  if (part === 'capacity' && a === 'municipality')
    return b === 'note' ? municipalityFigureId('note') : municipalityFigureId(c ?? '');
  if (part === 'capacity' && a === 'institutions' && b)
    return c === 'note' ? institutionFigureId(b, 'note') : institutionFigureId(b, field.split('.')[5] ?? '');
  if (part === 'strengths' || part === 'challenges') {
    if (a !== undefined) return listItemId(part, Number(a));
    return values[part].length > 0 ? listItemId(part, 0) : listAddId(part);
  }
  return ID_PREFIX;
}

/** Moves focus to a field (the error summary's links), scrolling it into view. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}
