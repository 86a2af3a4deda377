import type { LocalizedText, ReportSectionId } from '../Report';

/** One review section: its heading, the words that open its sentences, and the indicators it claims. */
export interface SectionSpec {
  readonly id: Exclude<ReportSectionId, 'comparison'>;
  readonly heading: LocalizedText;
  /** Opens the sentence of flows (counts of what happened over the period). */
  readonly flowLead: LocalizedText;
  /** Opens the sentence of stocks and ratios (levels as of the period end). */
  readonly stockLead: LocalizedText;
  /** How the phrases of one sentence are joined. */
  readonly joiner: LocalizedText;
  /** Indicator ids, in the order they are written. */
  readonly indicators: readonly string[];
}

/**
 * The sections of a review and the indicators each one reports, in reading order. Data, not
 * code: an indicator that no section lists goes to `other`, so nothing is dropped.
 */
export const REPORT_SECTIONS: readonly SectionSpec[] = [
  {
    id: 'propaganda',
    heading: { vi: 'Công tác tuyên truyền, vận động', en: 'Propaganda and mobilisation' },
    flowLead: { vi: 'Đã phối hợp tổ chức', en: 'Organised' },
    stockLead: { vi: 'Đến nay, có', en: 'To date:' },
    joiner: { vi: '; ', en: '; ' },
    indicators: [
      'marches',
      'march_participants',
      'propaganda_sessions',
      'propaganda_attendance',
      'mobilization_drives',
      'media_items',
      'crackdown_campaigns',
      'movement_launches',
      'movement_launch_participants',
      'movement_participants',
      'trainings',
      'training_attendance',
      'legal_aid_sessions',
      'legal_aid_attendance',
      'pledges_signed',
      'festivals',
      'funds_mobilized',
    ],
  },
  {
    id: 'handover',
    heading: { vi: 'Vận động giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ', en: 'Weapons, explosives, support tools and fireworks handed in' },
    flowLead: { vi: 'Người dân giao nộp', en: 'People handed in' },
    stockLead: { vi: 'Đến nay, có', en: 'To date:' },
    joiner: { vi: ', ', en: ', ' },
    indicators: ['weapons_surrendered', 'explosives_surrendered', 'support_tools_surrendered', 'fireworks_surrendered'],
  },
  {
    id: 'petitions',
    heading: { vi: 'Tiếp nhận đơn thư, nguồn tin của Nhân dân', en: 'Petitions and tips from the public' },
    flowLead: { vi: 'Tiếp nhận', en: 'Received' },
    stockLead: { vi: 'Đến nay, có', en: 'To date:' },
    joiner: { vi: '; ', en: '; ' },
    indicators: [
      'petitions_received',
      'petitions_resolved',
      'tips_received',
      'valuable_tips_received',
      'cases_solved_with_public_help',
      'suspects_arrested_with_public_help',
      'fugitives_caught_or_surrendered',
    ],
  },
  {
    id: 'forums',
    heading: { vi: 'Diễn đàn “Công an lắng nghe ý kiến Nhân dân”', en: 'Police listening forums' },
    flowLead: { vi: 'Tổ chức', en: 'Held' },
    stockLead: { vi: 'Đến nay, có', en: 'To date:' },
    joiner: { vi: '; ', en: '; ' },
    indicators: ['listening_forums', 'forum_attendance', 'forum_opinions'],
  },
  {
    id: 'models',
    heading: { vi: 'Xây dựng, nhân rộng mô hình, lực lượng quần chúng', en: 'Self-management models and grassroots forces' },
    flowLead: { vi: 'Xây dựng mới', en: 'Set up' },
    stockLead: { vi: 'Đến nay, có', en: 'To date:' },
    joiner: { vi: '; ', en: '; ' },
    indicators: [
      'model_types',
      'model_sites',
      'model_members',
      'models_established',
      'exemplars',
      'security_teams',
      'security_team_members',
      'clubs',
      'club_members',
      'mediation_teams',
      'security_cameras',
      'security_cameras_installed',
    ],
  },
  {
    id: 'community',
    heading: { vi: 'Phòng ngừa, cảm hóa, hòa giải ở cơ sở', en: 'Prevention, reintegration and mediation' },
    flowLead: { vi: 'Kết quả:', en: 'Results:' },
    stockLead: { vi: 'Đến nay, có', en: 'To date:' },
    joiner: { vi: '; ', en: '; ' },
    indicators: [
      'offenders_warned',
      'offenders_reviewed_publicly',
      'offenders_educated_in_community',
      'reintegration_supported',
      'disputes_mediated',
      'disputes_mediated_successfully',
      'mediation_success_rate',
      'poppy_destroyed',
      'areas_assessed',
      'areas_meeting_security_standard_count',
      'areas_meeting_security_standard',
      'areas_free_of_crime_count',
      'areas_free_of_crime',
      'areas_free_of_drugs_count',
      'areas_free_of_drugs',
    ],
  },
  {
    id: 'commendations',
    heading: { vi: 'Khen thưởng', en: 'Commendations' },
    flowLead: { vi: 'Trao tặng', en: 'Awarded' },
    stockLead: { vi: 'Đến nay, có', en: 'To date:' },
    joiner: { vi: '; ', en: '; ' },
    indicators: ['commendations'],
  },
  {
    id: 'other',
    heading: { vi: 'Các chỉ tiêu khác', en: 'Other indicators' },
    flowLead: { vi: 'Kết quả:', en: 'Results:' },
    stockLead: { vi: 'Đến nay, có', en: 'To date:' },
    joiner: { vi: '; ', en: '; ' },
    indicators: [],
  },
];

/**
 * How an indicator is joined to the one it is paired with in running text: "50 loại mô hình
 * **tại** 2.100 điểm"; the default is "với" / "with".
 */
export const PAIR_CONNECTORS: { readonly [indicator: string]: LocalizedText } = {
  model_sites: { vi: 'tại', en: 'at' },
  model_members: { vi: 'với', en: 'with' },
};

/** The section an indicator belongs to: the first that lists it, else `other`. */
export function sectionOf(indicator: string): Exclude<ReportSectionId, 'comparison'> {
  for (const s of REPORT_SECTIONS) if (s.indicators.includes(indicator)) return s.id;
  return 'other';
}

/** Position of an indicator in its section's list (unlisted ones go last, by id). */
export function indicatorRank(indicator: string): number {
  for (const s of REPORT_SECTIONS) {
    const i = s.indicators.indexOf(indicator);
    if (i >= 0) return i;
  }
  return Number.MAX_SAFE_INTEGER;
}
