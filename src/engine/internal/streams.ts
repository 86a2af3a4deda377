import type { RowStream } from '../RowStream';

/** Per aggregator: how to take its result as a stream of rows (see `aggregatorRows`). */
export const ROW_STREAMS = new WeakMap<object, () => RowStream>();
