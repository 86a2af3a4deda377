import type { Catalogue } from '../../catalogue/Catalogue';
import type { ComparisonReason, ComparisonRow, PeriodComparison } from '../../compare/ComparisonRow';
import { formatEnQuantity } from '../../quantity/formatEnQuantity';
import type { Qualifier } from '../../quantity/Qualifier';
import type { Quantity } from '../../quantity/quantity';
import type { LocalizedText, ReportChart, ReportChartBar, ReportSection } from '../Report';
import { formatViQuantity } from '../../viNumber/formatViQuantity';
import { indicatorRank, REPORT_SECTIONS, sectionOf } from './sections';
import { valueCell, wordsFor } from './wording';
import { categoryRank } from './writeSections';

/** Why a change is not given, in both languages. */
const REASON_TEXT: Readonly<Record<ComparisonReason, LocalizedText>> = {
  missing_current: { vi: 'không có số liệu kỳ này', en: 'no figures in the current period' },
  missing_baseline: { vi: 'không có số liệu kỳ so sánh', en: 'no figures in the baseline period' },
  missing_both: { vi: 'không có số liệu', en: 'no figures in either period' },
  value_unknown: { vi: 'không tính được giá trị', en: 'the value cannot be computed' },
  zero_baseline: { vi: 'kỳ so sánh bằng 0', en: 'the baseline is zero' },
  percentage_points: { vi: 'so sánh theo điểm phần trăm', en: 'compared in percentage points' },
  no_elapsed_time: { vi: 'không có khoảng thời gian để so sánh', en: 'no elapsed time to compare over' },
  territory_changed: { vi: 'địa giới đơn vị đã thay đổi; cần quy đổi về cùng địa giới', en: 'the unit’s territory changed; restate both sides onto one date' },
};

const COVERAGE_TEXT: LocalizedText = { vi: 'số đơn vị báo cáo khác nhau', en: 'coverage differs' };

function signed(value: number, qualifier: Qualifier, suffix: LocalizedText): LocalizedText {
  const q: Quantity = {
    value: Math.abs(value),
    qualifier: qualifier === 'vague' ? 'at_least' : qualifier,
    uom: 'count',
    lower: 0,
    lowerInclusive: true,
    upper: null,
    upperInclusive: false,
  };
  const sign = value > 0 ? '+' : value < 0 ? '-' : '';
  // The sign goes on the number, after the qualifier word: "trên +27", "over +27".
  const vi = formatViQuantity(q, { maxFractionDigits: 1 }).replace(/(\d)/, `${sign}$1`);
  const en = formatEnQuantity(q, { maxFractionDigits: 1 }).replace(/(\d)/, `${sign}$1`);
  return { vi: `${vi}${suffix.vi}`, en: `${en}${suffix.en}` };
}

function changeCell(row: ComparisonRow): LocalizedText {
  if (row.change === null) return { vi: '—', en: '—' };
  const suffix = row.basis === 'percentage_points' ? { vi: ' điểm %', en: ' pp' } : { vi: '', en: '' };
  return signed(row.change.value, row.change.qualifier, suffix);
}

function percentCell(row: ComparisonRow): LocalizedText {
  if (row.percentChange === null) return { vi: '—', en: '—' };
  return signed(row.percentChange.value, row.percentChange.qualifier, { vi: '%', en: '%' });
}

function noteCell(row: ComparisonRow): LocalizedText {
  const parts: LocalizedText[] = [];
  if (row.reason !== undefined) parts.push(REASON_TEXT[row.reason]);
  if (row.coverageDiffers) parts.push(COVERAGE_TEXT);
  return { vi: parts.map((p) => p.vi).join('; '), en: parts.map((p) => p.en).join('; ') };
}

function rowLabel(row: ComparisonRow, catalogue: Catalogue): LocalizedText {
  const w = wordsFor(catalogue, row.indicator, row.category);
  if (w.categoryLabel === null) return w.indicatorLabel;
  return { vi: `${w.indicatorLabel.vi}: ${w.categoryLabel.vi}`, en: `${w.indicatorLabel.en}: ${w.categoryLabel.en}` };
}

function side(v: ComparisonRow['current'], uom: ComparisonRow['uom']): LocalizedText {
  return v === null || v.value === null ? { vi: '—', en: '—' } : valueCell({ value: v.value, qualifier: v.qualifier, uom });
}

/** Period labels of a comparison, for headers and chart legends. */
export interface ComparisonLabels {
  readonly current: LocalizedText;
  readonly baseline: LocalizedText;
}

/**
 * The comparison section: one table of every row (current, baseline, change, percent change,
 * and the reason when a cell is empty), and one bar chart per review section.
 */
export function writeComparison(comparison: PeriodComparison, catalogue: Catalogue, labels: ComparisonLabels): ReportSection {
  const rows = [...comparison.rows].sort(
    (a, b) =>
      REPORT_SECTIONS.findIndex((s) => s.id === sectionOf(a.indicator)) - REPORT_SECTIONS.findIndex((s) => s.id === sectionOf(b.indicator)) ||
      indicatorRank(a.indicator) - indicatorRank(b.indicator) ||
      a.indicator.localeCompare(b.indicator) ||
      categoryRank(catalogue, a) - categoryRank(catalogue, b) ||
      (a.category ?? '').localeCompare(b.category ?? '') ||
      a.uom.localeCompare(b.uom),
  );
  const charts: ReportChart[] = [];
  for (const spec of REPORT_SECTIONS) {
    const mine = rows.filter((r) => sectionOf(r.indicator) === spec.id);
    if (mine.length === 0) continue;
    const bars: ReportChartBar[] = mine.map((r) => ({
      label: rowLabel(r, catalogue),
      current: r.current?.value ?? null,
      baseline: r.baseline?.value ?? null,
      currentText: side(r.current, r.uom),
      baselineText: side(r.baseline, r.uom),
    }));
    charts.push({ kind: 'comparison', id: `chart-${spec.id}`, title: spec.heading, currentLabel: labels.current, baselineLabel: labels.baseline, bars });
  }
  return {
    id: 'comparison',
    heading: { vi: 'So sánh giữa hai kỳ', en: 'Period comparison' },
    paragraphs: [
      {
        vi: `So sánh ${labels.current.vi} với ${labels.baseline.vi}.`,
        en: `Comparing ${labels.current.en} with ${labels.baseline.en}.`,
      },
    ],
    tables: [
      {
        caption: { vi: 'So sánh giữa hai kỳ', en: 'Period comparison' },
        columns: [
          { header: { vi: 'Chỉ tiêu', en: 'Indicator' }, align: 'left' },
          { header: labels.current, align: 'right' },
          { header: labels.baseline, align: 'right' },
          { header: { vi: 'Tăng, giảm', en: 'Change' }, align: 'right' },
          { header: { vi: 'Tỷ lệ', en: 'Change, %' }, align: 'right' },
          { header: { vi: 'Ghi chú', en: 'Note' }, align: 'left' },
        ],
        rows: rows.map((r) => [rowLabel(r, catalogue), side(r.current, r.uom), side(r.baseline, r.uom), changeCell(r), percentCell(r), noteCell(r)]),
      },
    ],
    charts,
    rows: [],
    comparisonRows: rows,
  };
}
