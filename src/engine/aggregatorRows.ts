import { misuse } from '../errors/misuse';
import type { Aggregator } from './createAggregator';
import type { RowStream } from './RowStream';
import { ROW_STREAMS } from './internal/streams';

/**
 * An aggregator's result as rows made one at a time in key order (the same rows as
 * `aggregator.result().rows`), for a writer that prints them as they come: at most one row object
 * is alive at a time, so printing millions of groups holds no copy of the result.
 */
export function aggregatorRows(aggregator: Aggregator): RowStream {
  const take = ROW_STREAMS.get(aggregator);
  if (take === undefined) throw misuse('aggregatorRows', 'not an aggregator from createAggregator');
  return take();
}
