import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ScheduleInput } from '../shared/contracts/schedule.js';
import { configureZod } from '../shared/zod-config.js';
import { proposeSchedule } from '../server/modules/scheduling/propose-schedule.js';

function readInput(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

/** `indsats schedule propose --input FILE|-`: the meeting scheduler as a tool of its own (JSON in, JSON out). */
export function registerScheduleCommand(program: Command): void {
  program
    .command('schedule')
    .description('Mødeplanlægning for en runde af forløb')
    .command('propose')
    .description('Foreslå datoer og tider for alle møder i runden; skriver forslaget som JSON')
    .requiredOption('--input <fil>', 'JSON-fil med period, holidayWeeks, consultants, courses og themeDay ("-" = standard input)')
    .action((opts: { input: string }) => {
      configureZod();
      let raw: unknown;
      try {
        raw = JSON.parse(readInput(opts.input));
      } catch (err) {
        console.error(`Kan ikke læse ${opts.input === '-' ? 'standard input' : opts.input} som JSON: ${(err as Error).message}`);
        process.exitCode = 2;
        return;
      }
      const parsed = ScheduleInput.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || '(input)'}: ${issue.message}`);
        process.exitCode = 2;
        return;
      }
      console.log(JSON.stringify(proposeSchedule(parsed.data), null, 2));
    });
}
