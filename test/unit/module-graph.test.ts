import { describe, expect, it } from 'vitest';
import { cyclesOf, readModuleGraph } from '../../scripts/module-graph.js';

describe('module graph (npm run check:modules)', () => {
  it('finds a pair and a ring of modules that depend on each other', () => {
    const graph = new Map([
      ['auth', new Set(['users'])],
      ['users', new Set(['auth', 'organisation'])],
      ['organisation', new Set<string>()],
      ['courses', new Set(['meetings'])],
      ['meetings', new Set(['trials'])],
      ['trials', new Set(['courses'])],
    ]);
    expect(cyclesOf(graph)).toEqual([
      ['auth', 'users', 'auth'],
      ['courses', 'meetings', 'trials', 'courses'],
    ]);
    expect(
      cyclesOf(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set<string>()],
        ]),
      ),
    ).toEqual([]);
  });

  it('holds the modules free of cycles, with courses ⇄ meetings, meetings ⇄ trials and auth ⇄ users cut', () => {
    const graph = readModuleGraph();
    expect(cyclesOf(graph)).toEqual([]);
    expect(graph.get('courses')?.has('meetings')).toBe(false);
    expect(graph.get('trials')?.has('meetings')).toBe(false);
    expect(graph.get('auth')?.has('users')).toBe(false);
  });
});
