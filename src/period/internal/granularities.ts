/**
 * The calendar granularities and the official reporting ones, in their stable order. The public
 * lists `PERIOD_KINDS` and `PERIOD_GRANULARITIES` are both built from these two, so a kind cannot
 * be added to one list and forgotten in the other.
 */
export const CALENDAR_GRANULARITIES = ['day', 'week', 'month', 'quarter', 'half', 'year'] as const;

/** The official reporting granularities (15th of the previous month or year to the 14th). */
export const OFFICIAL_GRANULARITIES = ['official_month', 'official_year'] as const;
