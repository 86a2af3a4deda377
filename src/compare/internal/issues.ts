import { defineIssues } from '../../errors/defineIssues';
import type { CompareIssueCode } from '../CompareIssueCode';

interface CompareIssueData extends Record<CompareIssueCode, object> {
  readonly baseline_shortened: { readonly baseline: string; readonly current: string };
  readonly periods_overlap: { readonly current: string; readonly baseline: string };
  readonly lengths_differ: { readonly currentDays: number; readonly baselineDays: number };
  /** `side` names the window of a two-period comparison; absent in a series. */
  readonly window_straddled: { readonly count: number; readonly period: string; readonly side?: 'current' | 'baseline' };
  readonly coverage_differs: { readonly rows: number };
  readonly series_break: { readonly rows: number };
  readonly territory_changed: { readonly rows: number };
}

/** The notes of period comparisons, with their English and Vietnamese messages. */
export const compareIssue = defineIssues<CompareIssueData>({
  en: {
    baseline_shortened: (d) => `The baseline ${d.baseline} is shorter than the elapsed span of ${d.current}; it is used whole`,
    periods_overlap: (d) => `The periods ${d.current} and ${d.baseline} overlap: figures in the shared days count on both sides`,
    lengths_differ: (d) => `The periods differ in length (${d.currentDays} and ${d.baselineDays} days): flow totals are not like for like; consider align 'rate'`,
    window_straddled: (d) =>
      d.side === undefined
        ? `${d.count} figure(s) straddle the edge of ${d.period} and were left out: that period may be incomplete`
        : `${d.count} figure(s) straddle the edge of the ${d.side} window ${d.period} and were left out: that side may be incomplete`,
    coverage_differs: (d) => `${d.rows} row(s) heard from a different number of units on the two sides (see coverageDiffers)`,
    series_break: (d) => `${d.rows} row(s) span a known series break (see seriesBreaks): the two sides may not measure the same thing`,
    territory_changed: (d) => `${d.rows} row(s) compare a unit code that names a different territory on each side; restate both sides onto one date (asOf) to compare them`,
  },
  vi: {
    baseline_shortened: (d) => `Kỳ so sánh ${d.baseline} ngắn hơn khoảng đã qua của ${d.current}; dùng toàn bộ kỳ so sánh`,
    periods_overlap: (d) => `Hai kỳ ${d.current} và ${d.baseline} chồng lên nhau: số liệu trong những ngày chung được tính ở cả hai bên`,
    lengths_differ: (d) => `Hai kỳ dài khác nhau (${d.currentDays} và ${d.baselineDays} ngày): tổng các chỉ tiêu cộng dồn không tương đương; nên so sánh theo bình quân mỗi năm`,
    window_straddled: (d) => `${d.count} số liệu vắt qua ranh giới kỳ ${d.period} nên không được tính: số liệu kỳ này có thể chưa đủ`,
    coverage_differs: (d) => `${d.rows} dòng có số đơn vị báo cáo khác nhau giữa hai kỳ: hai kỳ không cùng phạm vi`,
    series_break: (d) => `${d.rows} dòng vắt qua một thời điểm thay đổi cách thống kê: hai kỳ có thể không so sánh được`,
    territory_changed: (d) => `${d.rows} dòng có cùng mã đơn vị nhưng địa giới khác nhau giữa hai kỳ; hãy quy đổi cả hai kỳ về địa giới của cùng một ngày để so sánh`,
  },
});
