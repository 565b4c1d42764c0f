import type { Command } from 'commander';
import { CostEstimateInput } from '../shared/contracts/costs.js';
import { estimateCosts } from '../server/modules/costs/index.js';
import { jsonCommandAction } from './json-command.js';

/** `indsats costs estimate --input FILE|-`: the cost arithmetic as a tool of its own (JSON in, JSON out). */
export function registerCostsCommand(program: Command): void {
  program
    .command('costs')
    .description('Omkostninger ved målrettede sociale indsatser')
    .command('estimate')
    .description('Beregn opstart, drift pr. år, i alt og nye penge pr. element; skriver resultatet som JSON')
    .requiredOption('--input <fil>', 'JSON-fil med horizonYears, rates, reach og lines ("-" = standard input)')
    .action(jsonCommandAction(CostEstimateInput, estimateCosts));
}
