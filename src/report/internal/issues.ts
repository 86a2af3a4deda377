import { defineIssues } from '../../errors/defineIssues';
import type { ReportIssueCode } from '../ReportIssueCode';

interface ReportIssueData extends Record<ReportIssueCode, object> {
  readonly figures_excluded: { readonly count: number; readonly reason: string; readonly rows: readonly number[] };
}

/** The notes of reports, with their English and Vietnamese messages. */
export const reportIssue = defineIssues<ReportIssueData>({
  en: {
    figures_excluded: (d) => `${d.count} figure(s) left out of the totals: ${d.reason} (rows ${d.rows.join(', ')})`,
  },
  vi: {
    figures_excluded: (d) => `${d.count} số liệu không được tính vào tổng: ${d.reason} (dòng ${d.rows.join(', ')})`,
  },
});
