import { z } from 'zod';

/**
 * Messages for people travel as a code with parameters; the client words them
 * in the reader's language (web/src/i18n/*-messages.{da,en}.ts, ADR 24). Dates
 * are ISO strings (YYYY-MM-DD), numbers are numbers, names are the data's own
 * names: nothing is formatted or worded on the server. Each area declares its
 * codes beside its contract (schedule.ts, selection.ts) with `message()`.
 */

/** One code with its typed parameters: `{ code, params }`. */
export const message = <C extends string, P extends z.ZodRawShape>(code: C, params: P) =>
  z.strictObject({ code: z.literal(code), params: z.strictObject(params) });

/** Any message's code, and the parameters of one code. */
export type MessageCode<M extends { code: string }> = M['code'];
export type MessageParams<M extends { code: string; params: unknown }, C extends M['code']> = Extract<
  M,
  { code: C }
>['params'];
/** What each locale file supplies for one kind of message: every code worded (the compiler asks for a missing one). */
export type Wording<M extends { code: string; params: unknown }> = {
  [C in M['code']]: (params: MessageParams<M, C>) => string;
};

/** Words a message with a locale's wording. */
export function word<M extends { code: string; params: unknown }>(wording: Wording<M>, m: M): string {
  const byCode: Record<string, (params: unknown) => string> = wording;
  return byCode[m.code]!(m.params);
}
