/**
 * The shape of src/lib that the README promises: one folder per domain, each named in the README's map of the code;
 * no module over MAX_LINES; no import cycle. Imports are read with TypeScript's own pre-processor, so type-only
 * imports count too (a cycle through types still ties two modules together).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..');
const lib = join(project, 'src/lib');
const MAX_LINES = 400;

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Relative imports of a module, resolved to files of the tree. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec));
}

/** Every cycle once, as the list of files around it (depth-first search with the path on the stack). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('src/lib', () => {
  const files = modules(lib);

  it('has a folder for each domain, and the README maps exactly those folders', () => {
    const folders = readdirSync(lib).filter((name) => statSync(join(lib, name)).isDirectory()).sort();
    const readme = readFileSync(join(project, 'README.md'), 'utf8');
    const mapped = [...readme.matchAll(/^ {2}(\w[\w-]*)\/ {2,}/gm)].map((m) => m[1]).sort();
    expect(folders.length).toBeGreaterThan(5);
    expect(mapped).toEqual(folders);
    // Only the schemas index stays at the top, where src/content.config.ts and the developers' guide find it.
    expect(readdirSync(lib).filter((name) => /\.ts$/.test(name) && !/\.test\.ts$/.test(name))).toEqual(['schemas.ts']);
  });

  it(`keeps every module under ${MAX_LINES} lines`, () => {
    const long = files
      .map((file) => ({ file: relative(project, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('has no import cycle', () => {
    const graph = new Map(files.map((file) => [file, importsOf(file)]));
    expect(findCycles(graph).map((cycle) => cycle.map((f) => relative(lib, f)).join(' → '))).toEqual([]);
  });

  it('finds a cycle when there is one (the check itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(findCycles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });
});
