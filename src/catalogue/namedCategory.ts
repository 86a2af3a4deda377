import { NAMED_CATEGORY_PREFIX } from '../schema/patterns';

/**
 * The category code that names one kind of an indicator whose catalogue entry has
 * `namedCategories` (sites and new models of a named model: "36 mô hình “Camera an ninh”").
 * Spaces are collapsed and trimmed, quotation marks around the name and dots (which would read as
 * a roll-up of codes) are dropped, so that one name written two ways gives one category.
 *
 * @param name - the kind's name as written, e.g. `“Camera an ninh”`
 * @returns the category code (`named:Camera an ninh`), or `null` when nothing of the name is left
 * @example
 * ```ts
 * namedCategory('  “Camera  an ninh” ');
 * // => 'named:Camera an ninh'
 * namedCategory('""');
 * // => null
 * ```
 * @category Catalogue
 */
export function namedCategory(name: string): string | null {
  const clean = name
    .normalize('NFC')
    .replace(/[\p{Cc}.]+/gu, ' ')
    .replace(/^[\s"“”'‘’«»]+|[\s"“”'‘’«»]+$/gu, '')
    .replace(/\s+/gu, ' ');
  return clean === '' ? null : `${NAMED_CATEGORY_PREFIX}${clean}`;
}
