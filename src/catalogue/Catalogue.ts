import type { Uom } from '../quantity/Uom';

/**
 * How an indicator behaves: `flow` counts things that happen (summed over time), `stock` is a
 * level at a date (never summed over time), `ratio` is a share recomputed from its parts.
 *
 * @category Catalogue
 */
export type IndicatorKind = 'flow' | 'stock' | 'ratio';

/**
 * How values of one unit combine over time: `sum` (flows), `last` (stocks: the value as of the
 * period end) or `recompute` (ratios: from numerator and denominator).
 *
 * @category Catalogue
 */
export type TimeAggregation = 'sum' | 'last' | 'recompute';

/**
 * How values of several units combine for their parent: `sum` or `recompute` (ratios).
 *
 * @category Catalogue
 */
export type UnitAggregation = 'sum' | 'recompute';

/**
 * One category of an indicator (a node of its dotted category tree), with the
 * words a report writer needs: "trên 127 **khẩu** **súng quân dụng**".
 *
 * @category Catalogue
 */
export interface CategoryDef {
  /** Vietnamese label, e.g. `Súng quân dụng`. */
  readonly labelVi: string;
  /** English label, e.g. `Military guns`. */
  readonly labelEn: string;
  /** Vietnamese noun used after the number, e.g. `súng quân dụng`. */
  readonly nounVi: string;
  /** English noun used after the number, e.g. `military guns`. */
  readonly nounEn: string;
  /** Vietnamese classifier word (khẩu, quả, viên, đôi, hộp…); absent when none is used ("767 lưỡi lê"). */
  readonly classifierVi?: string;
  /** Other Vietnamese wordings that mean this category, for text extraction. */
  readonly synonymsVi?: readonly string[];
  /** When present, the only units of measure that make sense for this category (a subset of the indicator's). */
  readonly uoms?: readonly Uom[];
}

/**
 * One dimension of a faceted category code: commendations are coded `issuer.award.recipient`,
 * each segment taken from one facet, and any prefix (`issuer`, `issuer.award`) is a valid code.
 * A segment may be `*` when the source leaves that facet open (`*.*.collective`, `*.medal`).
 *
 * @category Catalogue
 */
export interface CategoryFacet {
  /** Name of the dimension, e.g. `issuer`. */
  readonly key: string;
  /** Allowed segment values with their labels. */
  readonly values: { readonly [segment: string]: CategoryDef };
}

/**
 * The definition of one indicator: labels, allowed units of measure, how it aggregates, its
 * categories and its relations to other indicators. Every field is data: later helpers
 * (aggregation, rendering, extraction) read their behaviour from here.
 *
 * @category Catalogue
 */
export interface IndicatorDef {
  /** Vietnamese label. */
  readonly labelVi: string;
  /** English label. */
  readonly labelEn: string;
  /** Vietnamese noun used after the number ("2.412 buổi **tuyên truyền**"). */
  readonly nounVi: string;
  /** English noun used after the number. */
  readonly nounEn: string;
  /** Vietnamese classifier word used before the noun (buổi, cuộc, đợt, lượt…), when there is one. */
  readonly classifierVi?: string;
  /** Typical Vietnamese wordings, for text extraction. */
  readonly synonymsVi: readonly string[];
  /** Units of measure a figure of this indicator may carry. */
  readonly uoms: readonly Uom[];
  /** The unit of measure assumed when a figure gives none; one of `uoms`. */
  readonly defaultUom: Uom;
  /** Flow, stock or ratio. */
  readonly kind: IndicatorKind;
  /** How values combine over time. */
  readonly timeAggregation: TimeAggregation;
  /** How values combine over units. */
  readonly unitAggregation: UnitAggregation;
  /** Categories keyed by full dotted code; every code's parent prefix is also a key. */
  readonly categories?: { readonly [code: string]: CategoryDef };
  /** Faceted categories (commendations); used when `categories` is absent. */
  readonly categoryFacets?: readonly CategoryFacet[];
  /**
   * When true, a category may also be the name of one kind, open-ended and not listed here:
   * `named:Camera an ninh` (see {@link namedCategory}). Each name is a category of its own.
   */
  readonly namedCategories?: boolean;
  /** The indicator this one is a subset of (its value never exceeds the superset's). */
  readonly subsetOf?: string;
  /** Indicators reported together with this one (sessions and attendance). */
  readonly pairedWith?: readonly string[];
  /** For ratios: the indicators whose quotient (× 100) this is. */
  readonly ratio?: { readonly numerator: string; readonly denominator: string };
}

/**
 * A catalogue of indicators keyed by id. Built from literals (see {@link defineCatalogue}), its
 * key type is the union of literal ids, so a misspelt id is a compile error.
 *
 * @category Catalogue
 */
export type Catalogue<Ids extends string = string> = { readonly [K in Ids]: IndicatorDef };

/**
 * The indicator ids of a catalogue type, as a union of literals.
 *
 * @category Catalogue
 */
export type IndicatorId<C> = keyof C & string;

/**
 * The explicit category codes of one indicator of a catalogue type (faceted codes are plain
 * strings).
 *
 * @category Catalogue
 */
export type CategoryCode<C, I extends keyof C> = C[I] extends { readonly categories: infer M }
  ? keyof M & string
  : C[I] extends { readonly categoryFacets: readonly CategoryFacet[] }
    ? string
    : never;
