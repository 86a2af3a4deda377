/**
 * The codes a dotted category rolls up into, from the code itself up to its root.
 *
 * @param code - a dotted category code, e.g. `gun.military`
 * @returns the code and each prefix, most specific first
 * @example
 * ```ts
 * categoryAncestors('gun.military');
 * // => ['gun.military', 'gun']
 * categoryAncestors('crude');
 * // => ['crude']
 * ```
 * @category Catalogue
 */
export function categoryAncestors(code: string): string[] {
  const out = [code];
  let i = code.lastIndexOf('.');
  while (i > 0) {
    out.push(code.slice(0, i));
    i = code.lastIndexOf('.', i - 1);
  }
  return out;
}
