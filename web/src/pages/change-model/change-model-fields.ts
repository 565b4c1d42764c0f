import type { ChangeModelContent, Indicator } from '../../../../src/shared/contracts/change-model.js';
import type { Messages } from '../../i18n/da.js';
import { field, type DocumentField } from '../../versions/merge.js';

/**
 * The change model's fields for merging two saves (ADR 22): the problem and
 * the target group, and each list section as one field – activities, outputs,
 * outcomes, assumptions and indicators – since a section's items, their order
 * and the ids indicators point to belong together.
 */
export function changeModelFields(t: Messages): DocumentField[] {
  const m = t.changeModel;
  const items = (v: unknown) => (v as { text: string }[]).map((i) => `• ${i.text}`).join('\n');
  const indicators = (v: unknown) =>
    (v as Indicator[])
      .map((i) => `• ${i.name}${i.target === null ? '' : ` → ${i.target}${i.unit ? ` ${i.unit}` : ''}`}`)
      .join('\n');
  const sections: (keyof ChangeModelContent)[] = [
    'activities',
    'outputs',
    'shortTermOutcomes',
    'longTermOutcomes',
    'assumptions',
  ];
  return [
    field(['problem'], m.sections.problem),
    field(['targetGroup'], m.sections.targetGroup),
    ...sections.map((s) => field([s], m.sections[s], items)),
    field(['indicators'], m.sections.indicators, indicators),
  ];
}
