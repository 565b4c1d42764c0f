import type { Command } from 'commander';
import { ScheduleInput } from '../shared/contracts/schedule.js';
import { proposeSchedule } from '../server/modules/scheduling/index.js';
import { jsonCommandAction } from './json-command.js';

/** `indsats schedule propose --input FILE|-`: the meeting scheduler as a tool of its own (JSON in, JSON out). */
export function registerScheduleCommand(program: Command): void {
  program
    .command('schedule')
    .description('Mødeplanlægning for en runde af forløb')
    .command('propose')
    .description('Foreslå datoer og tider for alle møder i runden; skriver forslaget som JSON')
    .requiredOption(
      '--input <fil>',
      'JSON-fil med period, holidayWeeks, consultants, courses (møder med fixed beholdes), themeDay/themeDayDate og notBefore ("-" = standard input)',
    )
    .action(jsonCommandAction(ScheduleInput, proposeSchedule));
}
