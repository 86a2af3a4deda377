import { defineIssues } from '../../errors/defineIssues';
import type { ReportIssueCode } from '../ReportIssueCode';

interface ReportIssueData extends Record<ReportIssueCode, object> {
  readonly figures_excluded: { readonly count: number; readonly reason: string; readonly rows: readonly number[]; readonly inputs?: readonly string[]; readonly lines?: readonly number[] };
  readonly default_period: { readonly span: { readonly en: string; readonly vi: string } };
  readonly no_figures_for_unit: { readonly unit: string; readonly below: boolean; readonly read: number };
}

/**
 * Rows of left-out figures: `rows 4, 5`, with their lines `rows 4, 5 at lines 5, 7`, with their
 * inputs `a.csv rows 4; b.csv rows 2`.
 */
function rowList(d: { readonly rows: readonly number[]; readonly inputs?: readonly string[]; readonly lines?: readonly number[] }, word: string, linesWord: string): string {
  const groups: { input: string; rows: number[]; lines: number[] }[] = [];
  d.rows.forEach((row, i) => {
    const input = d.inputs?.[i] ?? '';
    const last = groups[groups.length - 1];
    const group = last !== undefined && last.input === input ? last : { input, rows: [], lines: [] };
    if (group !== last) groups.push(group);
    group.rows.push(row);
    const line = d.lines?.[i];
    if (line !== undefined) group.lines.push(line);
  });
  const lines = (g: { lines: readonly number[] }): string => (d.lines === undefined ? '' : ` ${linesWord} ${g.lines.join(', ')}`);
  if (d.inputs === undefined) return groups.map((g) => `${word} ${g.rows.join(', ')}${lines(g)}`).join('; ');
  return groups.map((g) => `${g.input} ${word} ${g.rows.join(', ')}${lines(g)}`).join('; ');
}

/** The notes of reports, with their English and Vietnamese messages. */
export const reportIssue = defineIssues<ReportIssueData>({
  en: {
    figures_excluded: (d) => `${d.count} figure(s) left out of the totals: ${d.reason} (${rowList(d, 'rows', 'at lines')})`,
    default_period: (d) => `No period given: the report covers the whole span of the figures, ${d.span.en}`,
    no_figures_for_unit: (d) => `No figure is for unit ${d.unit}${d.below ? ' or a unit below it' : ''} (${d.read} figure(s) read)`,
  },
  vi: {
    figures_excluded: (d) => `${d.count} số liệu không được tính vào tổng: ${d.reason} (${rowList(d, 'dòng', 'ở dòng tệp')})`,
    default_period: (d) => `Không chọn kỳ báo cáo: báo cáo tính trên toàn bộ thời gian của số liệu, ${d.span.vi}`,
    no_figures_for_unit: (d) => `Không có số liệu nào của đơn vị ${d.unit}${d.below ? ' hay đơn vị trực thuộc' : ''} (đã đọc ${d.read} số liệu)`,
  },
});
