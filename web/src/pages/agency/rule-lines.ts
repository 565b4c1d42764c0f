import type { Messages } from '../../i18n/da.js';
import type { Round } from '../rounds/api.js';
import type { RuleKey } from './api.js';

/** Each balance rule of a round in plain words, keyed as the proposal's rule costs are. */
export function ruleLines(t: Messages, rules: Round['balanceRules']): { key: RuleKey; text: string }[] {
  const r = t.rounds.rules;
  const lines: { key: RuleKey; text: string }[] = [];
  const below = rules.smallPopulationBelow;
  if (rules.minSmall !== undefined && below !== undefined)
    lines.push({ key: 'minSmall', text: r.minSmall(rules.minSmall, below) });
  if (rules.minLarge !== undefined && below !== undefined)
    lines.push({ key: 'minLarge', text: r.minLarge(rules.minLarge, below) });
  if (rules.minRegions !== undefined) lines.push({ key: 'minRegions', text: r.minRegions(rules.minRegions) });
  if (rules.minFamilyDaycare !== undefined && rules.familyDaycareShareAtLeast !== undefined) {
    lines.push({
      key: 'minFamilyDaycare',
      text: r.familyDaycare(rules.minFamilyDaycare, Math.round(rules.familyDaycareShareAtLeast * 1000) / 10),
    });
  }
  return lines;
}
