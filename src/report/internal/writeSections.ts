import type { Catalogue } from '../../catalogue/Catalogue';
import type { AggregateRow } from '../../engine/AggregateRow';
import { uomTableWord } from '../../quantity/uomWords';
import type { LocalizedText, ReportChart, ReportChartBar, ReportSection, ReportTable } from '../Report';
import { commendationPhrases, type ReportPlace } from './commendations';
import { indicatorRank, PAIR_CONNECTORS, REPORT_SECTIONS, sectionOf, type SectionSpec } from './sections';
import { enPhrase, indicatorDef, unitCell, valueCell, viPhrase, wordsFor } from './wording';

/** Position of a row's category in its indicator's catalogue order (none first, unknown codes last). */
export function categoryRank(catalogue: Catalogue, row: { readonly indicator: string; readonly category?: string }): number {
  const code = row.category ?? '';
  if (code === '') return -1;
  const cats = indicatorDef(catalogue, row.indicator)?.categories;
  const i = cats === undefined ? -1 : Object.keys(cats).indexOf(code);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** Rows in reading order: by the section's indicator order, then catalogue category order. */
function sortRows(rows: readonly AggregateRow[], catalogue: Catalogue): AggregateRow[] {
  return [...rows].sort(
    (a, b) =>
      indicatorRank(a.indicator) - indicatorRank(b.indicator) ||
      a.indicator.localeCompare(b.indicator) ||
      categoryRank(catalogue, a) - categoryRank(catalogue, b) ||
      (a.category ?? '').localeCompare(b.category ?? '') ||
      a.uom.localeCompare(b.uom),
  );
}

/** One indicator's rows written as one phrase ("trên 127 khẩu súng quân dụng, 366 khẩu súng săn"). */
function indicatorPhrase(rows: readonly AggregateRow[], catalogue: Catalogue, place: ReportPlace | null): LocalizedText | null {
  const first = rows[0];
  if (first === undefined) return null;
  const parts: LocalizedText[] = [];
  const faceted = indicatorDef(catalogue, first.indicator)?.categoryFacets !== undefined;
  if (faceted) {
    for (const p of commendationPhrases(rows, catalogue, first.indicator, place)) parts.push(p);
  } else {
    for (const row of rows) {
      if (row.value === null) continue;
      const w = wordsFor(catalogue, row.indicator, row.category);
      const v = { value: row.value, qualifier: row.qualifier, uom: row.uom };
      parts.push({ vi: viPhrase(v, w.nounVi, w.classifierVi), en: enPhrase(v, w.nounEn) });
    }
  }
  if (parts.length === 0) return null;
  // Commendation phrases carry their own "và"/"and" lists, so they are set apart with semicolons.
  const sep = faceted ? '; ' : ', ';
  return { vi: parts.map((p) => p.vi).join(sep), en: parts.map((p) => p.en).join(sep) };
}

/** A sentence of one kind of row: lead, then each indicator with its paired ones ("35 đợt tuần hành với 11.200 người…"). */
function sentence(spec: SectionSpec, lead: LocalizedText, rows: readonly AggregateRow[], catalogue: Catalogue, place: ReportPlace | null): LocalizedText | null {
  const byIndicator = new Map<string, AggregateRow[]>();
  for (const row of rows) {
    const list = byIndicator.get(row.indicator);
    if (list === undefined) byIndicator.set(row.indicator, [row]);
    else list.push(row);
  }
  const phrases = new Map<string, LocalizedText>();
  for (const [id, list] of byIndicator) {
    const p = indicatorPhrase(list, catalogue, place);
    if (p !== null) phrases.set(id, p);
  }
  const used = new Set<string>();
  const out: LocalizedText[] = [];
  for (const id of phrases.keys()) {
    if (used.has(id)) continue;
    used.add(id);
    const own = phrases.get(id) as LocalizedText;
    const partners = (indicatorDef(catalogue, id)?.pairedWith ?? []).filter((p) => phrases.has(p) && !used.has(p));
    if (partners.length === 0) {
      out.push(own);
      continue;
    }
    for (const p of partners) used.add(p);
    const first = partners[0] as string;
    const connector = PAIR_CONNECTORS[first] ?? { vi: 'với', en: 'with' };
    const rest = partners.map((p) => phrases.get(p) as LocalizedText);
    out.push({
      vi: `${own.vi} ${connector.vi} ${rest.map((r) => r.vi).join(' và ')}`,
      en: `${own.en} ${connector.en} ${rest.map((r) => r.en).join(' and ')}`,
    });
  }
  if (out.length === 0) return null;
  return {
    vi: `${lead.vi} ${out.map((o) => o.vi).join(spec.joiner.vi)}.`,
    en: `${lead.en} ${out.map((o) => o.en).join(spec.joiner.en)}.`,
  };
}

/** The figures table of a section: indicator, category, qualified value, unit. */
function figuresTable(spec: SectionSpec, rows: readonly AggregateRow[], catalogue: Catalogue): ReportTable {
  return {
    caption: spec.heading,
    columns: [
      { header: { vi: 'Chỉ tiêu', en: 'Indicator' }, align: 'left' },
      { header: { vi: 'Phân loại', en: 'Category' }, align: 'left' },
      { header: { vi: 'Số liệu', en: 'Figure' }, align: 'right' },
      { header: { vi: 'Đơn vị tính', en: 'Unit' }, align: 'left' },
    ],
    rows: rows.map((row) => {
      const w = wordsFor(catalogue, row.indicator, row.category);
      const value = row.value === null ? null : { value: row.value, qualifier: row.qualifier, uom: row.uom };
      return [w.indicatorLabel, w.categoryLabel ?? { vi: '', en: '' }, valueCell(value), unitCell(row.uom, w)];
    }),
  };
}

/**
 * The section's figures as bar charts: one per unit of measure that has two or more figures
 * (pieces apart from kilograms), each bar labelled with its category or indicator and its value.
 */
function valueCharts(spec: SectionSpec, rows: readonly AggregateRow[], catalogue: Catalogue, periodLabel: LocalizedText): ReportChart[] {
  const byUom = new Map<string, AggregateRow[]>();
  for (const r of rows) {
    if (r.value === null) continue;
    const list = byUom.get(r.uom) ?? [];
    list.push(r);
    byUom.set(r.uom, list);
  }
  const groups = [...byUom.values()].filter((g) => g.length >= 2);
  return groups.map((g) => {
    const uom = (g[0] as AggregateRow).uom;
    const unit = { vi: uomTableWord(uom, 'vi'), en: uomTableWord(uom, 'en') };
    const title = groups.length === 1 || unit.vi === '' ? spec.heading : { vi: `${spec.heading.vi} (${unit.vi})`, en: `${spec.heading.en} (${unit.en})` };
    const bars: ReportChartBar[] = g.map((row) => {
      const w = wordsFor(catalogue, row.indicator, row.category);
      const cell = valueCell({ value: row.value as number, qualifier: row.qualifier, uom: row.uom });
      const word = unitCell(row.uom, w);
      return {
        label: w.categoryLabel ?? w.indicatorLabel,
        current: row.value,
        baseline: null,
        currentText: { vi: `${cell.vi} ${word.vi}`.trim(), en: `${cell.en} ${word.en === 'count' ? '' : word.en}`.trim() },
        baselineText: { vi: '', en: '' },
      };
    });
    return { kind: 'values' as const, id: `chart-${spec.id}-${uom}`, title, currentLabel: periodLabel, baselineLabel: { vi: '', en: '' }, bars };
  });
}

/**
 * Groups aggregated rows into the review's sections (data-driven: REPORT_SECTIONS, with `other`
 * for every indicator no section lists) and writes each section's sentences and table.
 */
export function writeSections(rows: readonly AggregateRow[], catalogue: Catalogue, place: ReportPlace | null, periodLabel: LocalizedText = { vi: '', en: '' }): ReportSection[] {
  const sorted = sortRows(rows, catalogue);
  const sections: ReportSection[] = [];
  for (const spec of REPORT_SECTIONS) {
    const mine = sorted.filter((r) => sectionOf(r.indicator) === spec.id);
    if (mine.length === 0) continue;
    const paragraphs: LocalizedText[] = [];
    const flows = sentence(spec, spec.flowLead, mine.filter((r) => r.kind === 'flow'), catalogue, place);
    const levels = sentence(spec, spec.stockLead, mine.filter((r) => r.kind !== 'flow'), catalogue, place);
    if (flows !== null) paragraphs.push(flows);
    if (levels !== null) paragraphs.push(levels);
    sections.push({ id: spec.id, heading: spec.heading, paragraphs, tables: [figuresTable(spec, mine, catalogue)], charts: valueCharts(spec, mine, catalogue, periodLabel), rows: mine, comparisonRows: [] });
  }
  return sections;
}
