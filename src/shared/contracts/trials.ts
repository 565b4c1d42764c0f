import { z } from 'zod';
import { PageMeta, Uuid, Version } from './common.js';
import { IsoDate } from './dates.js';
import { MultiLineText, SingleLineText, tooLong } from './text.js';

/**
 * Trials (afprøvninger, issue 4): what will be tried in practice before the
 * next meeting, by whom, agreed at a meeting; between meetings staff and
 * leaders log what they tried, what happened and their reflection. The texts
 * are about the practice, never about a named child.
 */
export const TRIAL_STATUSES = ['open', 'completed', 'dropped'] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

export const TrialIdParams = z.strictObject({ id: Uuid });

/** The most characters of each text (the trial forms' counters read them too, issue 11 point 5). */
export const TRIAL_LIMITS = { description: 2000, responsible: 200, logText: 4000 } as const;
const Description = MultiLineText(TRIAL_LIMITS.description, tooLong('Beskrivelsen')).min(1);
const Responsible = SingleLineText(TRIAL_LIMITS.responsible, tooLong('Den ansvarlige')).min(1);

export const AgreeTrialRequest = z.strictObject({
  description: Description,
  responsible: Responsible,
});
export type AgreeTrialRequest = z.infer<typeof AgreeTrialRequest>;

export const UpdateTrialRequest = z
  .strictObject({
    version: Version,
    description: Description.optional(),
    responsible: Responsible.optional(),
    status: z.enum(TRIAL_STATUSES).optional(),
  })
  .refine((v) => v.description !== undefined || v.responsible !== undefined || v.status !== undefined, {
    message: 'Angiv mindst én ændring',
    path: ['status'],
  });
export type UpdateTrialRequest = z.infer<typeof UpdateTrialRequest>;

const LogText = (subject: string) => MultiLineText(TRIAL_LIMITS.logText, tooLong(subject));

export const LogTrialRequest = z.strictObject({
  /** The day it was tried: not in the future, not before the trial was agreed. */
  triedOn: IsoDate('Skriv en dato som ÅÅÅÅ-MM-DD'),
  whatTried: LogText('Hvad I prøvede').min(1, 'Skriv, hvad I prøvede'),
  whatHappened: LogText('Hvad der skete').min(1, 'Skriv, hvad der skete'),
  reflection: LogText('Refleksionen'),
});
export type LogTrialRequest = z.infer<typeof LogTrialRequest>;

export const ListTrialsQuery = z.strictObject({
  status: z.enum(TRIAL_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const TrialLog = z.object({
  id: z.string(),
  triedOn: z.string(),
  whatTried: z.string(),
  whatHappened: z.string(),
  reflection: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type TrialLog = z.infer<typeof TrialLog>;

export const Trial = z.object({
  id: z.string(),
  courseId: z.string(),
  meeting: z.object({ id: z.string(), title: z.string(), date: z.string().nullable() }),
  /** The working group it belongs to; null = course-wide. */
  group: z.object({ key: z.string(), name: z.string() }).nullable(),
  description: z.string(),
  responsible: z.string(),
  status: z.enum(TRIAL_STATUSES),
  createdBy: z.string(),
  /** The day it was agreed (Danish date); logs cannot be dated before it. */
  agreedOn: z.string(),
  version: z.number().int(),
  logCount: z.number().int(),
  latestLogOn: z.string().nullable(),
  /** openMeeting: the actor may open the meeting where it was agreed (leaders and staff read only some, ADR 10). */
  allowed: z.object({ edit: z.boolean(), log: z.boolean(), openMeeting: z.boolean() }),
});
export type Trial = z.infer<typeof Trial>;

/** A trial with its logs, newest first (bounded: the newest LOGS_SHOWN; `logCount` has them all). */
export const TrialWithLogs = Trial.extend({ logs: z.array(TrialLog) });
export type TrialWithLogs = z.infer<typeof TrialWithLogs>;

export const ListTrialsResponse = z.object({ items: z.array(Trial), page: PageMeta });
export type ListTrialsResponse = z.infer<typeof ListTrialsResponse>;
