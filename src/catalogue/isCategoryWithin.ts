/**
 * Whether a category is the given ancestor or lies below it in the dotted tree (prefix roll-up
 * on whole segments: `gun.military` is within `gun`, `gunpowder` is not).
 *
 * @param code - the category to test, e.g. `gun.military`
 * @param ancestor - the candidate ancestor, e.g. `gun`
 * @returns `true` when `code` equals `ancestor` or starts with `ancestor.`
 * @example
 * ```ts
 * isCategoryWithin('gun.military', 'gun');
 * // => true
 * isCategoryWithin('gun', 'gun.military');
 * // => false
 * ```
 * @category Catalogue
 */
export function isCategoryWithin(code: string, ancestor: string): boolean {
  return code === ancestor || (code.length > ancestor.length && code.startsWith(ancestor) && code[ancestor.length] === '.');
}
