import type { UnitLevel } from '../schema/UnitLevel';

/**
 * A date from which figures of a series are not comparable with earlier ones: the units, the
 * reporting bodies or the counted things changed. Breaks are data: pass your own to
 * {@link seriesBreaksCrossed} next to {@link VN_SERIES_BREAKS}.
 *
 * @category Units
 */
export interface SeriesBreak {
  /** Stable id, e.g. `vn_admin_reform_2025`. */
  readonly id: string;
  /** First day under the new regime (`YYYY-MM-DD`); a range crosses the break when it starts before it and ends on or after it. */
  readonly date: string;
  /** Levels whose series break; omitted means every level. */
  readonly levels?: readonly UnitLevel[];
  /** Indicator ids (the family) whose series break; omitted means every indicator. */
  readonly indicators?: readonly string[];
  /** What changed, in English. */
  readonly description: string;
  /** What changed, in Vietnamese. */
  readonly descriptionVi: string;
}

/**
 * The known series breaks, oldest first: the merger of grassroots security-team
 * kinds (1 Jul 2024), the end of district police (1 Mar 2025) and the two-level local government
 * reform (1 Jul 2025: 63 provinces to 34, districts abolished, communes merged).
 *
 * @example
 * ```ts
 * VN_SERIES_BREAKS.map((b) => b.date);
 * // => ['2024-07-01', '2025-03-01', '2025-07-01']
 * ```
 * @category Units
 */
export const VN_SERIES_BREAKS: readonly SeriesBreak[] = [
  {
    id: 'vn_security_teams_merged_2024',
    date: '2024-07-01',
    indicators: ['security_teams', 'security_team_members'],
    description:
      'The Law on forces participating in protecting security and order at the grassroots merged several kinds of grassroots security teams into one (tổ bảo vệ an ninh, trật tự): team counts before and after are not comparable.',
    descriptionVi:
      'Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở hợp nhất các loại tổ an ninh cơ sở thành tổ bảo vệ an ninh, trật tự: số tổ trước và sau không so sánh được.',
  },
  {
    id: 'vn_district_police_ended_2025',
    date: '2025-03-01',
    levels: ['district'],
    description: 'District-level police stopped on 1 Mar 2025: district series reported by the police end there.',
    descriptionVi: 'Công an cấp huyện kết thúc hoạt động từ ngày 1/3/2025: số liệu cấp huyện do công an báo cáo dừng tại đây.',
  },
  {
    id: 'vn_admin_reform_2025',
    date: '2025-07-01',
    levels: ['province', 'district', 'commune'],
    description:
      'Two-level local government from 1 Jul 2025: 63 provincial units merged into 34, the district level abolished, communes merged into 3,321.',
    descriptionVi:
      'Chính quyền địa phương hai cấp từ ngày 1/7/2025: 63 tỉnh, thành phố sắp xếp thành 34, bỏ cấp huyện, sắp xếp còn 3.321 đơn vị cấp xã.',
  },
];
