import type { Figure } from '../../schema/FigureSchema';
import type { RowStream } from '../RowStream';

/** Per aggregator: how to take its result as a stream of rows (see `aggregatorRows`). */
export const ROW_STREAMS = new WeakMap<object, () => RowStream>();

/**
 * Per aggregator: how `aggregate` feeds it an iterable that is not an array, a batch at a time, so
 * that a generator's figures are never all held at once. Unlike `addAll`, figures before a bad one
 * are already added when it throws: only for an aggregator that is dropped on error.
 */
export const STREAM_FEEDS = new WeakMap<object, (figures: Iterable<Figure>) => void>();
