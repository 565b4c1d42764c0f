import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { SelectionInput } from '../shared/contracts/selection.js';
import { configureZod } from '../shared/zod-config.js';
import { proposeSelection } from '../server/modules/selection/propose-selection.js';

function readInput(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

/** `indsats selection propose --input FILE|-`: the optimiser as a tool of its own (JSON in, JSON out). */
export function registerSelectionCommand(program: Command): void {
  program
    .command('selection')
    .description('Balanceret udvælgelse af kommuner')
    .command('propose')
    .description('Foreslå den bedste balancerede udvælgelse; skriver forslaget som JSON')
    .requiredOption('--input <fil>', 'JSON-fil med capacity, rules og applicants ("-" = standard input)')
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
      const parsed = SelectionInput.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || '(input)'}: ${issue.message}`);
        process.exitCode = 2;
        return;
      }
      console.log(JSON.stringify(proposeSelection(parsed.data), null, 2));
    });
}
