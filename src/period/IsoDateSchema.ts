import { z } from 'zod';

/**
 * A calendar date as an ISO string `YYYY-MM-DD` (a real day: no 30 February). Dates in antq are
 * calendar dates in Vietnam (UTC+7) and never carry a time or a zone.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('2013-08-01').success;
 * // => true
 * ```
 * @category Domain
 */
export const IsoDateSchema = z.iso.date();

/**
 * A calendar date string `YYYY-MM-DD`.
 *
 * @category Domain
 */
export type IsoDate = z.output<typeof IsoDateSchema>;
