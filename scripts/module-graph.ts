/**
 * The modules' dependency graph, read from their import statements: module A depends
 * on B when a file of A imports `../B/…`. The boundary rule (eslint.layers.js) makes
 * that always `../B/index.js`; this finds the cycles that rule cannot see – two
 * modules importing each other's entries (ADR 23).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ModuleGraph = ReadonlyMap<string, ReadonlySet<string>>;

/** Every module folder under `root` with the other modules its files import. */
export function readModuleGraph(root = 'src/server/modules'): ModuleGraph {
  const graph = new Map<string, Set<string>>();
  for (const name of readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    const uses = new Set<string>();
    for (const file of readdirSync(join(root, name), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const text = readFileSync(join(root, name, file), 'utf8');
      for (const [, other] of text.matchAll(/from '\.\.\/([a-z0-9-]+)\//g))
        if (other && other !== name) uses.add(other);
    }
    graph.set(name, uses);
  }
  return graph;
}

/**
 * The cycles a depth-first walk meets – at least one whenever there is any – each once,
 * as the modules along it ending where it starts (`a → b → a`).
 */
export function cyclesOf(graph: ModuleGraph): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (node: string): void => {
    const at = path.indexOf(node);
    if (at >= 0) {
      const cycle = path.slice(at);
      const key = [...cycle].sort().join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        cycles.push([...cycle, node]);
      }
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) visit(node);
  return cycles;
}
