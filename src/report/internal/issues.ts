import { defineIssues } from '../../errors/defineIssues';
import type { ReportIssueCode } from '../ReportIssueCode';

interface ReportIssueData extends Record<ReportIssueCode, object> {
  readonly figures_excluded: { readonly count: number; readonly reason: string; readonly rows: readonly number[] };
  readonly default_period: { readonly span: { readonly en: string; readonly vi: string } };
  readonly no_figures_for_unit: { readonly unit: string; readonly below: boolean; readonly read: number };
}

/** The notes of reports, with their English and Vietnamese messages. */
export const reportIssue = defineIssues<ReportIssueData>({
  en: {
    figures_excluded: (d) => `${d.count} figure(s) left out of the totals: ${d.reason} (rows ${d.rows.join(', ')})`,
    default_period: (d) => `No period given: the report covers the whole span of the figures, ${d.span.en}`,
    no_figures_for_unit: (d) => `No figure is for unit ${d.unit}${d.below ? ' or a unit below it' : ''} (${d.read} figure(s) read)`,
  },
  vi: {
    figures_excluded: (d) => `${d.count} số liệu không được tính vào tổng: ${d.reason} (dòng ${d.rows.join(', ')})`,
    default_period: (d) => `Không chọn kỳ báo cáo: báo cáo tính trên toàn bộ thời gian của số liệu, ${d.span.vi}`,
    no_figures_for_unit: (d) => `Không có số liệu nào của đơn vị ${d.unit}${d.below ? ' hay đơn vị trực thuộc' : ''} (đã đọc ${d.read} số liệu)`,
  },
});
