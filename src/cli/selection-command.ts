import type { Command } from 'commander';
import { SelectionInput } from '../shared/contracts/selection.js';
import { proposeSelection } from '../server/modules/selection/index.js';
import { jsonCommandAction } from './json-command.js';

/** `indsats selection propose --input FILE|-`: the optimiser as a tool of its own (JSON in, JSON out). */
export function registerSelectionCommand(program: Command): void {
  program
    .command('selection')
    .description('Balanceret udvælgelse af kommuner')
    .command('propose')
    .description('Foreslå den bedste balancerede udvælgelse; skriver forslaget som JSON')
    .requiredOption('--input <fil>', 'JSON-fil med capacity, rules og applicants ("-" = standard input)')
    .action(jsonCommandAction(SelectionInput, proposeSelection));
}
