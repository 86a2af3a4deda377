import type { AggregateRow } from '../engine/AggregateRow';
import type { ComparisonRow } from '../compare/ComparisonRow';
import type { Issue } from '../errors/Issue';

/**
 * A language a report is written in: Vietnamese (`vi`) or English (`en`).
 *
 * @category Reports
 */
export type ReportLang = 'vi' | 'en';

/**
 * One piece of report text in both languages; {@link renderReport} picks one.
 *
 * @category Reports
 */
export interface LocalizedText {
  /** Vietnamese text. */
  readonly vi: string;
  /** English text. */
  readonly en: string;
}

/**
 * The sections of a review, in reading order: propaganda and mobilisation, weapons and
 * explosives handed in, petitions and tips, listening forums, models and grassroots forces,
 * prevention and mediation, commendations, other indicators (every indicator no other section
 * claims) and the period comparison.
 *
 * @category Reports
 */
export type ReportSectionId =
  | 'propaganda'
  | 'handover'
  | 'petitions'
  | 'forums'
  | 'models'
  | 'community'
  | 'commendations'
  | 'other'
  | 'comparison';

/**
 * One column of a report table: its header and how its cells align.
 *
 * @category Reports
 */
export interface ReportColumn {
  /** Column header. */
  readonly header: LocalizedText;
  /** `right` for numbers, `left` for text. */
  readonly align: 'left' | 'right';
}

/**
 * A table of a report: caption, columns and rows of cells (one cell per column), all text.
 *
 * @category Reports
 */
export interface ReportTable {
  /** What the table shows. */
  readonly caption: LocalizedText;
  /** The columns, left to right. */
  readonly columns: readonly ReportColumn[];
  /** The rows; each has exactly one cell per column. */
  readonly rows: readonly (readonly LocalizedText[])[];
}

/**
 * One pair of bars of a comparison chart: an indicator (and category) in the current period
 * against the baseline. A missing side is `null` and drawn as no bar, with its text ("—").
 *
 * @category Reports
 */
export interface ReportChartBar {
  /** What the pair of bars is about. */
  readonly label: LocalizedText;
  /** The current period's value, or `null` when it has none. */
  readonly current: number | null;
  /** The baseline period's value, or `null` when it has none. */
  readonly baseline: number | null;
  /** The current value as written next to its bar (with its qualifier). */
  readonly currentText: LocalizedText;
  /** The baseline value as written next to its bar. */
  readonly baselineText: LocalizedText;
}

/**
 * A bar chart. `comparison`: one pair of bars per indicator and category (current period
 * against baseline), each pair scaled to its own larger value (a chart mixes counts of very
 * different sizes). `values`: a section's figures in one unit of measure, one bar each, scaled
 * to the chart's largest value; `baseline` is `null`, and `baselineLabel` and `baselineText` empty.
 *
 * @category Reports
 */
export interface ReportChart {
  /** What the chart shows: a period comparison, or one period's figures. */
  readonly kind: 'comparison' | 'values';
  /** Stable id, unique in the report (`chart-` and the section id; a `values` chart adds the unit of measure). */
  readonly id: string;
  /** Chart title. */
  readonly title: LocalizedText;
  /** Legend text of the current period. */
  readonly currentLabel: LocalizedText;
  /** Legend text of the baseline period. */
  readonly baselineLabel: LocalizedText;
  /** The pairs of bars, top to bottom. */
  readonly bars: readonly ReportChartBar[];
}

/**
 * One section of a report: heading, paragraphs of results, tables, charts, and the aggregated
 * rows (or comparison rows) it was written from, for programs that want the numbers.
 *
 * @category Reports
 */
export interface ReportSection {
  /** Which section this is. */
  readonly id: ReportSectionId;
  /** Section heading. */
  readonly heading: LocalizedText;
  /** Paragraphs of running text, in order. */
  readonly paragraphs: readonly LocalizedText[];
  /** Tables, in order. */
  readonly tables: readonly ReportTable[];
  /** Charts: the section's figures, one chart per unit of measure with two or more; pairs of bars in the comparison section. */
  readonly charts: readonly ReportChart[];
  /** The aggregated rows behind the section (empty for the comparison section). */
  readonly rows: readonly AggregateRow[];
  /** The comparison rows behind the section (comparison section only; else empty). */
  readonly comparisonRows: readonly ComparisonRow[];
}

/**
 * A review's results section as plain data, built by {@link buildReport} and written out by
 * {@link renderReport}. Every text is given in both languages; `lang` is the language it was
 * asked for. Survives `JSON.stringify`.
 *
 * @category Reports
 */
export interface Report {
  /** The language the report was built for (the default for rendering). */
  readonly lang: ReportLang;
  /** Report title. */
  readonly title: LocalizedText;
  /** Lines under the title: unit, period, date. */
  readonly subtitle: readonly LocalizedText[];
  /** Unit code the report is about, or `null` for all figures given. */
  readonly unit: string | null;
  /** The unit's name from the units table, or `null`. */
  readonly unitName: string | null;
  /** Canonical id of the period aggregated over, or `null` for all figures given. */
  readonly period: string | null;
  /** The report date (`YYYY-MM-DD`), or `null`. */
  readonly date: string | null;
  /** Sections in reading order; only sections with content are present. */
  readonly sections: readonly ReportSection[];
  /** Warnings a reader must see: figures left out and comparison notes. */
  readonly notes: readonly Issue[];
  /** How many figures were read and how many took part in the totals. */
  readonly figures: { readonly read: number; readonly used: number };
}
