/** Identifier patterns shared by the zod schemas and the fast row check, so the two cannot drift. */
export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;

/** A dotted category code: snake_case segments joined by dots (`gun.military`). */
export const CATEGORY_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/** A figure's category code: segments as in {@link CATEGORY_PATTERN}, or `*` for a facet left open (`*.*.collective`), or the name of one kind (`named:Camera an ninh`: no dot, no control character, no space at either end). */
export const FIGURE_CATEGORY_PATTERN = /^(?:(?:[a-z][a-z0-9_]*|\*)(\.(?:[a-z][a-z0-9_]*|\*))*|named:[^.\s\p{Cc}](?:[^.\p{Cc}]*[^.\s\p{Cc}])?)$/u;

/** The prefix of a category that names one kind of an indicator with `namedCategories` (`named:Camera an ninh`). */
export const NAMED_CATEGORY_PREFIX = 'named:';

/** One organisation id, or several joined by `+` for a joint activity (`police+front`). */
export const REPORTER_PATTERN = /^[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/;

/** Whether a value given with qualifier `vague` is a power of ten from 10 up ("hàng trăm" = 100). */
export function isVagueMagnitude(value: number): boolean {
  if (!(value >= 10) || !Number.isFinite(value)) return false;
  let p = 10;
  while (p < value) p *= 10;
  return p === value;
}
