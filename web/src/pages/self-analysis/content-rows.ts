import { QUESTION_KEYS, SECTION_KEYS } from '../../../../src/shared/contracts/self-analysis.js';
import type { Messages } from '../../i18n/da.js';
import type { SelfAnalysis, SelfAnalysisContent } from './api.js';
import { capacityParts } from './capacity-template.js';
import { figureText } from './figures.js';

export interface ContentRow {
  /** Stable across versions, to compare them field by field. */
  key: string;
  label: string;
  value: string;
}

export interface ContentPart {
  key: string;
  heading: string;
  rows: ContentRow[];
}

/**
 * The content in words, part by part, as the conflict panel compares two
 * versions (the read-only view lays the same content out as tables).
 */
export function contentParts(t: Messages, sa: SelfAnalysis, content: SelfAnalysisContent): ContentPart[] {
  const s = t.selfAnalysis;
  const text = (v: string | undefined) => (v === undefined || v.trim() === '' ? s.none : v);
  const { municipality, institutions } = capacityParts(t, sa);
  const list = (items: string[]) => items.filter((i) => i.trim() !== '').join(' · ') || s.none;
  return [
    ...SECTION_KEYS.map((section) => ({
      key: section,
      heading: s.parts[section],
      rows: QUESTION_KEYS[section].map((q) => ({
        key: `${section}.${q}`,
        label: (s.questions[section] as Record<string, string>)[q] ?? q,
        value: text((content[section] as Record<string, string>)[q]),
      })),
    })),
    {
      key: 'capacity',
      heading: s.parts.capacity,
      rows: [
        ...municipality.entered.map((f) => ({
          key: `municipality.${f.key}`,
          label: `${municipality.name}: ${f.label}`,
          value: figureText(
            t,
            (content.capacity.municipality.figures as Record<string, number | null>)[f.key] ?? null,
            f.unit,
          ),
        })),
        {
          key: 'municipality.note',
          label: `${municipality.name}: ${s.note}`,
          value: text(content.capacity.municipality.note),
        },
        ...institutions.flatMap((part) => {
          const entry = content.capacity.institutions[part.id];
          return [
            ...part.entered.map((f) => ({
              key: `${part.id}.${f.key}`,
              label: `${part.name}: ${f.label}`,
              value: figureText(
                t,
                (entry?.figures as Record<string, number | null> | undefined)?.[f.key] ?? null,
                f.unit,
              ),
            })),
            { key: `${part.id}.note`, label: `${part.name}: ${s.note}`, value: text(entry?.note) },
          ];
        }),
      ],
    },
    {
      key: 'strengths',
      heading: s.parts.strengths,
      rows: [{ key: 'strengths', label: s.parts.strengths, value: list(content.strengths) }],
    },
    {
      key: 'challenges',
      heading: s.parts.challenges,
      rows: [{ key: 'challenges', label: s.parts.challenges, value: list(content.challenges) }],
    },
  ];
}

/** The rows whose value differs between two versions. */
export function differences(
  saved: ContentPart[],
  kept: ContentPart[],
): { key: string; label: string; saved: string; kept: string }[] {
  const keptRows = new Map(kept.flatMap((p) => p.rows).map((r) => [r.key, r]));
  return saved
    .flatMap((p) => p.rows)
    .map((r) => ({ key: r.key, label: r.label, saved: r.value, kept: keptRows.get(r.key)?.value ?? '' }))
    .filter((r) => r.saved !== r.kept);
}
