import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { configureZod } from '../shared/zod-config.js';

/**
 * The action of a "JSON in, JSON out" command (`selection propose`,
 * `schedule propose`): reads `--input FILE|-`, validates it with the
 * contract, prints the result as JSON. Unreadable JSON or invalid input exits
 * 2 with one `field: message` line per problem on standard error.
 */
export function jsonCommandAction<S extends z.ZodType>(schema: S, compute: (input: z.output<S>) => unknown) {
  return (opts: { input: string }): void => {
    configureZod();
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(opts.input === '-' ? 0 : opts.input, 'utf8'));
    } catch (err) {
      console.error(
        `Kan ikke læse ${opts.input === '-' ? 'standard input' : opts.input} som JSON: ${(err as Error).message}`,
      );
      process.exitCode = 2;
      return;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || '(input)'}: ${issue.message}`);
      process.exitCode = 2;
      return;
    }
    console.log(JSON.stringify(compute(parsed.data), null, 2));
  };
}
