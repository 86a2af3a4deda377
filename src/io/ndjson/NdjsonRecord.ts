/**
 * One JSON value read from an NDJSON line.
 *
 * @example
 * ```ts
 * const r: NdjsonRecord = { row: 1, line: 1, value: { value: 35 } };
 * r.value;
 * // => { value: 35 }
 * ```
 * @category IO
 */
export interface NdjsonRecord {
  /** 1-based number of the value (blank lines not counted). */
  readonly row: number;
  /** 1-based physical line. */
  readonly line: number;
  /** The parsed value, not yet validated. */
  readonly value: unknown;
  /** The line as read (without its line break), e.g. to write a rejected row back unchanged. */
  readonly text?: string;
}
