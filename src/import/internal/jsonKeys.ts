import type { Issue } from '../../errors/Issue';
import { makeIssue } from '../../errors/makeIssue';
import { FIGURE_COLUMNS } from '../FIGURE_COLUMNS';

const KNOWN: ReadonlySet<string> = new Set(FIGURE_COLUMNS);

/**
 * Keys that appear more than once in the figure objects of a JSON text, which `JSON.parse`
 * resolves silently to the last one. `elementDepth` 0: the text is one object (an NDJSON line);
 * 1: the text is an array of objects (keys of element i under index i). One linear pass.
 */
export function duplicateKeys(text: string, elementDepth: 0 | 1): Map<number, string[]> {
  const out = new Map<number, string[]>();
  // One frame per open container: whether it is an object, whether a key comes next, and its keys when checked.
  const stack: { object: boolean; expectKey: boolean; keys: Set<string> | null }[] = [];
  let element = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top !== undefined && top.object && top.expectKey) {
        top.expectKey = false;
        if (top.keys !== null) {
          let key: string;
          try {
            key = JSON.parse(text.slice(start, i + 1)) as string;
          } catch {
            continue;
          }
          if (top.keys.has(key)) {
            const list = out.get(element);
            if (list === undefined) out.set(element, [key]);
            else if (!list.includes(key)) list.push(key);
          } else top.keys.add(key);
        }
      }
    } else if (c === 0x7b || c === 0x5b) {
      const object = c === 0x7b;
      const checked = object && stack.length === elementDepth;
      stack.push({ object, expectKey: object, keys: checked ? new Set() : null });
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop();
    } else if (c === 0x2c) {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.object) top.expectKey = true;
      if (elementDepth === 1 && stack.length === 1) element++;
    }
  }
  return out;
}

/**
 * Whether the JSON text of one object (an NDJSON line) names no key twice, given the object
 * `JSON.parse` made of it: the keys written at its top level are counted (no key is parsed or
 * remembered) and compared with the keys the object has, which are distinct. A cheap test for
 * the usual line; {@link duplicateKeys} then names the repeated keys of the others.
 */
export function hasNoDuplicateKeys(value: unknown, text: string): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let depth = 0;
  let expectKey = false;
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let j = text.indexOf('"', i + 1);
      while (j !== -1 && escaped(text, j)) j = text.indexOf('"', j + 1);
      if (depth === 1 && expectKey) {
        count++;
        expectKey = false;
      }
      if (j === -1) break;
      i = j;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth === 1) expectKey = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && depth === 1) expectKey = true;
  }
  return count === Object.keys(value).length;
}

/** Whether the quote at `at` follows an odd run of backslashes (it is then part of the string). */
function escaped(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x5c) k--;
  return (at - 1 - k) % 2 === 1;
}

/** The issues of one JSON figure object's keys: `duplicate_key` (error) and `unknown_key` (warning). */
export function keyIssues(value: unknown, duplicates: readonly string[] | undefined, at: { readonly row: number; readonly line?: number }): Issue[] {
  const issues: Issue[] = [];
  const where = (key: string): { path: (string | number)[]; row: number; column: string; line?: number } => ({ path: [key], row: at.row, column: key, ...(at.line === undefined ? {} : { line: at.line }) });
  for (const key of duplicates ?? []) {
    issues.push(makeIssue('duplicate_key', 'error', `row ${at.row}: key ${JSON.stringify(key)} appears more than once (which value is meant?)`, `dòng ${at.row}: khóa ${JSON.stringify(key)} xuất hiện nhiều lần (giá trị nào mới đúng?)`, where(key)));
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const key of Object.keys(value)) {
      if (!KNOWN.has(key)) {
        issues.push(makeIssue('unknown_key', 'warning', `row ${at.row}: key ${JSON.stringify(key)} is not a figure field and is ignored`, `dòng ${at.row}: khóa ${JSON.stringify(key)} không phải trường số liệu, bỏ qua`, where(key)));
      }
    }
  }
  return issues;
}
