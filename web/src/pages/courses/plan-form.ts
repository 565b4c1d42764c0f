import type { FieldError } from '../../api/client.js';
import type { CoursesMessages } from '../../i18n/courses.da.js';
import type { CoursePlan } from './api.js';

/** The plan as the form holds it: numbers as typed, React keys for the extra meetings. */
export interface GroupValues {
  key: string;
  name: string;
  institutionIds: string[];
  meetings: string;
}
export interface ExtraValues {
  uid: string;
  title: string;
}
export interface PlanValues {
  sparring: string;
  leaderSparring: string;
  conferences: string;
  themeDay: boolean;
  workingGroups: GroupValues[];
  extra: ExtraValues[];
}

type Counted = 'sparring' | 'leaderSparring' | 'conferences';
export const RANGES: Record<Counted, [number, number]> = {
  sparring: [0, 24],
  leaderSparring: [0, 12],
  conferences: [0, 4],
};
const GROUP_MEETINGS: [number, number] = [1, 9];
/** The course always has three steering-group meetings (the contract fixes it). */
export const STEERING = 3;

let uidCounter = 0;
export const newUid = () => `x${++uidCounter}`;

export function valuesOf(plan: CoursePlan): PlanValues {
  return {
    sparring: String(plan.sparring),
    leaderSparring: String(plan.leaderSparring),
    conferences: String(plan.conferences),
    themeDay: plan.themeDay,
    workingGroups: plan.workingGroups.map((g) => ({
      ...g,
      institutionIds: [...g.institutionIds],
      meetings: String(g.meetings),
    })),
    extra: plan.extra.map((e) => ({ uid: newUid(), title: e.title })),
  };
}

const whole = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : NaN);
const inRange = (n: number, [min, max]: [number, number]) => Number.isInteger(n) && n >= min && n <= max;

/** The request body and the errors found before sending (the same field paths the server uses). */
export function planOf(v: PlanValues, c: CoursesMessages): { plan: CoursePlan; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const count = (field: Counted) => {
    const n = whole(v[field]);
    if (!inRange(n, RANGES[field])) errors.push({ field: `plan.${field}`, message: c.wholeNumber(...RANGES[field]) });
    return n;
  };
  const plan: CoursePlan = {
    sparring: count('sparring'),
    steering: STEERING,
    leaderSparring: count('leaderSparring'),
    workingGroups: v.workingGroups.map((g, i) => {
      const meetings = whole(g.meetings);
      if (!g.name.trim()) errors.push({ field: `plan.workingGroups.${i}.name`, message: c.required });
      if (g.institutionIds.length === 0)
        errors.push({ field: `plan.workingGroups.${i}.institutionIds`, message: c.chooseInstitution });
      if (!inRange(meetings, GROUP_MEETINGS))
        errors.push({ field: `plan.workingGroups.${i}.meetings`, message: c.wholeNumber(...GROUP_MEETINGS) });
      return { key: g.key, name: g.name.trim(), institutionIds: g.institutionIds, meetings };
    }),
    themeDay: v.themeDay,
    conferences: count('conferences'),
    extra: v.extra.map((e, i) => {
      if (!e.title.trim()) errors.push({ field: `plan.extra.${i}.title`, message: c.required });
      return { title: e.title.trim() };
    }),
  };
  return { plan, errors };
}

/** How many meetings the plan as typed gives: kick-off, three steering meetings and the rest. */
export function meetingTotal(v: PlanValues): number {
  const n = (s: string) => {
    const x = whole(s);
    return Number.isFinite(x) ? x : 0;
  };
  const groups = v.workingGroups.reduce((sum, g) => sum + n(g.meetings), 0);
  return (
    1 +
    STEERING +
    n(v.sparring) +
    n(v.leaderSparring) +
    groups +
    (v.themeDay ? 1 : 0) +
    n(v.conferences) +
    v.extra.length
  );
}

/** A key like `ag-<n>` no other group has. */
export function nextGroupKey(groups: GroupValues[]): string {
  const taken = new Set(groups.map((g) => g.key));
  let n = groups.reduce((max, g) => Math.max(max, Number(/^ag-(\d+)$/.exec(g.key)?.[1] ?? 0)), 0) + 1;
  while (taken.has(`ag-${n}`)) n++;
  return `ag-${n}`;
}

/** Input ids. */
export const ids = {
  count: (field: Counted) => `plan-${field}`,
  themeDay: 'plan-themeDay',
  groups: 'plan-groups',
  groupName: (i: number) => `plan-wg-${i}-name`,
  groupInstitutions: (i: number) => `plan-wg-${i}-institutions`,
  groupInstitution: (i: number, institutionId: string) => `plan-wg-${i}-inst-${institutionId}`,
  groupMeetings: (i: number) => `plan-wg-${i}-meetings`,
  extras: 'plan-extra',
  extraTitle: (i: number) => `plan-extra-${i}-title`,
};

export interface PlanError {
  /** The input the message is about; null for a refusal of the plan as a whole (a held meeting). */
  target: string | null;
  label: string;
  message: string;
}

/** Where a field error of the plan (client's or server's) belongs, and how the summary names it. */
export function locate(fe: FieldError, c: CoursesMessages, v: PlanValues): PlanError {
  const p = fe.field.replace(/^plan\.?/, '').split('.');
  const [head, index, sub] = p;
  const i = Number(index);
  const at = (target: string, label: string) => ({ target, label, message: fe.message });
  if (head === 'sparring' || head === 'leaderSparring' || head === 'conferences') return at(ids.count(head), c[head]);
  if (head === 'themeDay') return at(`${ids.themeDay}-yes`, c.themeDay);
  if (head === 'workingGroups' && Number.isInteger(i)) {
    const group = c.groupLegend(i + 1, v.workingGroups[i]?.name ?? '');
    if (sub === 'meetings') return at(ids.groupMeetings(i), `${group}, ${c.groupMeetings.toLowerCase()}`);
    if (sub === 'institutionIds') return at(ids.groupInstitutions(i), `${group}, ${c.groupInstitutions.toLowerCase()}`);
    return at(ids.groupName(i), `${group}, ${c.groupName.toLowerCase()}`);
  }
  if (head === 'workingGroups') return at(ids.groups, c.groupsLegend);
  if (head === 'extra' && Number.isInteger(i)) return at(ids.extraTitle(i), c.extraTitle(i + 1));
  if (head === 'extra') return at(ids.extras, c.extraLegend);
  return { target: null, label: c.refused, message: fe.message };
}

/** The message shown next to one input. */
export const messageFor = (errors: PlanError[], target: string) => errors.find((e) => e.target === target)?.message;

export interface InstitutionOption {
  id: string;
  name: string;
}

/**
 * The institutions a working group may hold: the municipality's list when the
 * user may read it, plus those already in the plan and not listed. A plan's
 * institution the user cannot see by name goes by the name of the group it
 * was in (for a group of one, the typical plan names it after the institution).
 */
export function institutionOptions(listed: InstitutionOption[] | null, plan: CoursePlan): InstitutionOption[] {
  const known = new Set((listed ?? []).map((i) => i.id));
  const extra: InstitutionOption[] = [];
  const seenNames = new Map<string, number>();
  for (const g of plan.workingGroups) {
    for (const id of g.institutionIds) {
      if (known.has(id)) continue;
      known.add(id);
      const n = (seenNames.get(g.name) ?? 0) + 1;
      seenNames.set(g.name, n);
      extra.push({ id, name: n > 1 || g.institutionIds.length > 1 ? `${g.name} (${n})` : g.name });
    }
  }
  return [...(listed ?? []), ...extra];
}
