import { AntqError } from './AntqError';
import { makeIssue } from './makeIssue';

/**
 * What an option may hold, checked at run time for callers without TypeScript: a JS type, or
 * `array` / `iterable` (not a string) / `registry` (an object with methods). Finer checks (an enum
 * member, a real date) stay with the function that reads the option.
 */
export type ArgKind = 'string' | 'number' | 'boolean' | 'object' | 'function' | 'array' | 'iterable' | 'asyncIterable' | 'registry';

/** For each option name, the kinds it accepts. */
export type OptionRules = Readonly<Record<string, readonly ArgKind[]>>;

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : 'a number';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function isIterable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

function matches(value: unknown, kind: ArgKind): boolean {
  switch (kind) {
    case 'array':
      return Array.isArray(value);
    case 'iterable':
      return isIterable(value);
    case 'asyncIterable':
      return typeof value === 'object' && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'registry':
      return typeof value === 'object' && value !== null && typeof (value as { get?: unknown }).get === 'function';
    case 'number':
      return typeof value === 'number' && !Number.isNaN(value);
    default:
      return typeof value === kind;
  }
}

function invalid(fn: string, en: string, vi: string, path: readonly (string | number)[]): AntqError {
  return new AntqError('invalid_argument', `${fn}: ${en}`, [makeIssue('invalid_argument', 'error', `${fn}: ${en}`, `${fn}: ${vi}`, { path })]);
}

const KIND_EN: Readonly<Record<ArgKind, string>> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  function: 'a function',
  array: 'an array',
  iterable: 'an iterable (not a string)',
  asyncIterable: 'an async iterable',
  registry: 'a unit registry',
};
const KIND_VI: Readonly<Record<ArgKind, string>> = {
  string: 'một chuỗi',
  number: 'một số',
  boolean: 'true/false',
  object: 'một đối tượng',
  function: 'một hàm',
  array: 'một mảng',
  iterable: 'một dãy lặp được (không phải chuỗi)',
  asyncIterable: 'một dãy lặp bất đồng bộ',
  registry: 'một sổ đơn vị hành chính',
};

/**
 * Checks a positional argument's kind; throws `invalid_argument` naming the function, the
 * argument and what it accepts. A string is never taken for an iterable of figures.
 */
export function checkArg(fn: string, what: string, value: unknown, kinds: readonly ArgKind[]): void {
  if (kinds.some((k) => matches(value, k))) return;
  const got = kindOf(value);
  throw invalid(fn, `${what} must be ${kinds.map((k) => KIND_EN[k]).join(' or ')}, got ${got}`, `${what} phải là ${kinds.map((k) => KIND_VI[k]).join(' hoặc ')} (nhận được ${got})`, [what]);
}

/**
 * Checks an options object: `undefined` stands for `{}`, anything else must be a plain object
 * whose own keys are all in `rules` and whose values (unless `undefined`) are of an allowed
 * kind. Throws `invalid_argument` listing the allowed option names, or the kinds an option takes.
 */
export function checkOptions(fn: string, options: unknown, rules: OptionRules): void {
  if (options === undefined) return;
  const allowed = Object.keys(rules).sort();
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const got = kindOf(options);
    throw invalid(fn, `options must be an object with the keys ${allowed.join(', ')}; got ${got}`, `options phải là một đối tượng với các khóa ${allowed.join(', ')} (nhận được ${got})`, ['options']);
  }
  for (const key of Object.keys(options)) {
    const kinds = Object.prototype.hasOwnProperty.call(rules, key) ? rules[key] : undefined;
    if (kinds === undefined) throw invalid(fn, `unknown option ${JSON.stringify(key)}; the options are ${allowed.join(', ')}`, `không có tùy chọn ${JSON.stringify(key)}; các tùy chọn là ${allowed.join(', ')}`, ['options', key]);
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) checkArg(fn, `options.${key}`, value, kinds);
  }
}
