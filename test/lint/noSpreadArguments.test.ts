// A spread in call arguments (`rows.push(...more)`, `Math.max(...widths)`) puts every element on the
// stack: past ~125k elements it throws a RangeError. No source file may spread into a call; loop
// instead. Rest parameters in declarations (`function f(...args)`) are not calls and are allowed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** `name(...x` or `name(a, b, ...x`: a spread directly in the argument list of a call. */
const CALL_SPREAD = /[\w$)\]]\s*\((?:[^()[\]{}]*,\s*)?\.\.\.(?=[\w$([])/;
const DECLARATION = /\bfunction\b[^(]*\([^)]*\.\.\.|\(\s*\.\.\.[\w$]+(?:\s*:[^)]*)?\)\s*(?::[^=]*)?=>/;

function spreadCalls(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    // TSDoc lines are checked too: users copy the examples.
    const code = line.replace(/^\s*\*\s?/, '').replace(/\/\/.*$/, '');
    if (CALL_SPREAD.test(code) && !DECLARATION.test(code)) lines.push(i + 1);
  });
  return lines;
}

describe('no spread of an array into call arguments', () => {
  it('catches the patterns it is meant to catch', () => {
    expect(spreadCalls('out.push(...rows);')).toEqual([1]);
    expect(spreadCalls('const w = Math.max(h.length, ...body.map((r) => r.length));')).toEqual([1]);
    expect(spreadCalls('f(a)(...b);')).toEqual([1]);
    expect(spreadCalls('const a = [...rows]; const o = { ...x }; g([a, ...b]);')).toEqual([]);
    expect(spreadCalls('function f(...args: string[]) {}')).toEqual([]);
    expect(spreadCalls('const f = (...args: string[]): void => {};')).toEqual([]);
    expect(spreadCalls(' *   onFigures: (fs) => void figures.push(...fs),')).toEqual([1]);
  });

  it('holds in every file of src/', () => {
    const found = files(join(root, 'src')).flatMap((f) => spreadCalls(readFileSync(f, 'utf8')).map((n) => `${relative(root, f)}:${n}`));
    expect(found).toEqual([]);
  });
});
