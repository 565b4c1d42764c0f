import type { Round, RoundBody, RoundText } from './api.js';
import { danishLocalToIso, isoToDanishLocal } from './time.js';

export const RULE_FIELDS = [
  'smallPopulationBelow',
  'minSmall',
  'minLarge',
  'minRegions',
  'familyDaycareShareAtLeast',
  'minFamilyDaycare',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

/** The form's values, all as typed; the daycare share is in per cent. */
export interface RoundValues {
  name: string;
  courseStart: string;
  courseEnd: string;
  deadlineDate: string;
  deadlineTime: string;
  capacity: string;
  criteria: RoundText[];
  requirements: RoundText[];
  rules: Record<RuleField, string>;
}

const FALLBACK_KEYS = ['first', 'second', 'third'];

function three(texts: RoundText[] | undefined, prefix: string): RoundText[] {
  return FALLBACK_KEYS.map((k, i) => ({ key: texts?.[i]?.key ?? `${prefix}_${k}`, text: texts?.[i]?.text ?? '' }));
}

function ruleValues(round: Round | undefined): Record<RuleField, string> {
  const rules = round?.balanceRules ?? {};
  const out = {} as Record<RuleField, string>;
  for (const f of RULE_FIELDS) {
    const v = rules[f];
    out[f] = v === undefined ? '' : f === 'familyDaycareShareAtLeast' ? String(Math.round(v * 1000) / 10) : String(v);
  }
  return out;
}

/** A round's values in the form. */
export function valuesOf(round: Round): RoundValues {
  const { date, time } = isoToDanishLocal(round.deadline);
  return {
    name: round.name,
    courseStart: round.courseStart,
    courseEnd: round.courseEnd,
    deadlineDate: date,
    deadlineTime: time,
    capacity: String(round.capacity),
    criteria: three(round.criteria, 'criterion'),
    requirements: three(round.requirements, 'requirement'),
    rules: ruleValues(round),
  };
}

/** A new round: empty facts, but criteria, requirements and rules taken from the latest round. */
export function newValues(latest: Round | undefined): RoundValues {
  return {
    name: '',
    courseStart: '',
    courseEnd: '',
    deadlineDate: '',
    deadlineTime: '12:00',
    capacity: latest ? String(latest.capacity) : '',
    criteria: three(latest?.criteria, 'criterion'),
    requirements: three(latest?.requirements, 'requirement'),
    rules: ruleValues(latest),
  };
}

function num(value: string): number | string {
  const v = value.trim().replace(',', '.');
  return v !== '' && Number.isFinite(Number(v)) ? Number(v) : value;
}

/** The request body, or null when the deadline cannot be read (the form says so itself). */
export function bodyOf(values: RoundValues): RoundBody | null {
  const deadline = danishLocalToIso(values.deadlineDate, values.deadlineTime);
  if (!deadline) return null;
  const balanceRules: Record<string, number | string> = {};
  for (const f of RULE_FIELDS) {
    const raw = values.rules[f].trim();
    if (raw === '') continue;
    const n = num(raw);
    balanceRules[f] = f === 'familyDaycareShareAtLeast' && typeof n === 'number' ? Math.round(n * 10) / 1000 : n;
  }
  return {
    name: values.name.trim(),
    courseStart: values.courseStart,
    courseEnd: values.courseEnd,
    deadline,
    capacity: num(values.capacity),
    criteria: values.criteria.map((c) => ({ key: c.key, text: c.text.trim() })),
    requirements: values.requirements.map((r) => ({ key: r.key, text: r.text.trim() })),
    balanceRules,
  };
}
