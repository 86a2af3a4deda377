import type { AggregateRow, Exclusions } from './AggregateRow';

/**
 * A finished aggregation whose rows are made one at a time, in key order: only the groups, one
 * position per row and the stock rows' values are held, never every row object at once. For the
 * library's own writers (the CLI prints a result this way); {@link AggregateResult} is the same
 * rows in an array.
 */
export interface RowStream {
  /** How many rows `rows()` gives. */
  readonly size: number;
  /** The rows in key order, each made when it is asked for. */
  rows(): Generator<AggregateRow, void, undefined>;
  readonly read: number;
  readonly used: number;
  readonly excluded: Exclusions;
}
