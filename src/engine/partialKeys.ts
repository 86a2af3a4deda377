/**
 * How the keys of a partial aggregate are written: a cell's key (its grouping values, bucket and
 * unit of measure) and a stock series' text (its unit, category, reporter and programme). The
 * in-process engine and the SQL adapters both write them here, so that their partial aggregates
 * merge.
 */

/** Separator of a key's parts. */
export const KEY_SEP = '\u0001';
const KEY_ESC = '\u0002';

/**
 * One part of a key: as given, unless it holds the separator or the escape character, each then
 * written as the escape character and one more (so two different lists of parts never make the
 * same key).
 */
function keyPart(text: string): string {
  return text.split(KEY_ESC).join(KEY_ESC + KEY_ESC).split(KEY_SEP).join(`${KEY_ESC}\u0003`);
}

/** A key from its parts, in order (one flat string). */
export function joinKey(parts: readonly string[]): string {
  for (const part of parts) if (part.indexOf(KEY_SEP) >= 0 || part.indexOf(KEY_ESC) >= 0) return parts.map(keyPart).join(KEY_SEP);
  return parts.join(KEY_SEP);
}

/** A period bucket in a cell key: ten digits, so that keys sort by bucket (`-` for before the window). */
export function padBucket(bucket: number): string {
  return bucket < 0 ? '-' : String(bucket).padStart(10, '0');
}
