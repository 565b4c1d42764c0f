/** Fails when two modules depend on each other, directly or around a ring (`npm run check`, ADR 23). */
import { cyclesOf, readModuleGraph } from './module-graph.js';

const cycles = cyclesOf(readModuleGraph());
for (const cycle of cycles) {
  console.error(
    `Modules depend on each other: ${cycle.join(' → ')}. Turn one direction into a domain event (core/events.ts) or move the shared part down.`,
  );
}
if (cycles.length > 0) process.exit(1);
console.log('No cycle between modules.');
