import type { ArgKind } from '../../errors/checkArgs';

/** The kinds of a text source: a string, bytes, or an iterable or async iterable of chunks. */
export const TEXT_SOURCE: readonly ArgKind[] = ['string', 'iterable', 'asyncIterable'];

/** Only the keys of `options` that `rules` lists (so that an outer function's own options pass through). */
export function pickOptions<T extends object>(options: T, rules: Readonly<Record<string, unknown>>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(options) as (keyof T & string)[]) if (Object.prototype.hasOwnProperty.call(rules, key)) out[key] = options[key];
  return out;
}
