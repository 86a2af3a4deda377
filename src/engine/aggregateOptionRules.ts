import type { ArgKind } from '../errors/checkArgs';
import type { AggregateOptions } from './AggregateOptions';

/**
 * What each aggregation option may hold, checked at run time (`satisfies` keeps the list in step
 * with {@link AggregateOptions}: an option added there without a rule here does not compile).
 */
export const AGGREGATE_OPTION_RULES = {
  by: ['array'],
  period: ['string', 'object'],
  granularity: ['string'],
  categoryDepth: ['number'],
  categoryFacets: ['array'],
  catalogue: ['object'],
  units: ['registry', 'array'],
  filter: ['object'],
  level: ['string'],
  rollup: ['boolean'],
  reportingLevel: ['string'],
  carryForward: ['boolean'],
  asOf: ['string'],
  rowOffset: ['number'],
  coverage: ['boolean'],
  maxGroups: ['number'],
} as const satisfies Readonly<Record<keyof AggregateOptions, readonly ArgKind[]>>;
