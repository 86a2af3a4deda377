/**
 * Options of {@link readNdjson} and {@link parseNdjson}.
 *
 * @example
 * ```ts
 * const options: NdjsonReadOptions = { maxRecordChars: 65_536 };
 * options.maxRecordChars;
 * // => 65536
 * ```
 * @category IO
 */
export interface NdjsonReadOptions {
  /** Longest line accepted, in characters (default 1,048,576); longer lines give `line_too_long` and are skipped without being kept. */
  readonly maxRecordChars?: number;
  /** Most records per batch yielded by {@link readNdjson} (default 2,048). */
  readonly batchSize?: number;
}
