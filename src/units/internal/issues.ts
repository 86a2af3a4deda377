import { defineIssues } from '../../errors/defineIssues';
import type { UnitsIssueCode } from '../UnitsIssueCode';

/** A unit version as messages name it: `id (name)` when the name is given, else `unit id`. */
interface UnitRef {
  readonly id: string;
  readonly name?: string;
}

interface UnitsIssueData extends Record<UnitsIssueCode, object> {
  readonly invalid_date: { readonly code: string; readonly field: string; readonly value: string };
  readonly invalid_validity_interval: { readonly id: string; readonly validFrom: string; readonly validTo: string };
  readonly unit_versions_overlap: { readonly code: string; readonly first: string; readonly second: string };
  readonly unknown_parent: { readonly id: string; readonly parent: string };
  /** `gap`: the first day the parent does not cover, or null for the unit's open start. */
  readonly parent_not_valid: { readonly id: string; readonly parent: string; readonly gap: string | null };
  readonly parent_version_changes: { readonly id: string; readonly parent: string; readonly versions: readonly string[] };
  readonly parent_level_not_above: { readonly id: string; readonly level: string; readonly parent: string; readonly parentLevel: string };
  /** The codes around the cycle; one code is a unit that is its own parent. */
  readonly parent_cycle: { readonly cycle: readonly string[] };
  readonly unit_without_successor: { readonly id: string; readonly validTo: string };
  readonly successor_without_end: { readonly id: string };
  readonly successor_not_found: { readonly id: string; readonly successor: string; readonly date: string };
  readonly crosswalk_double_counts: UnitRef & { readonly total: number };
  readonly crosswalk_loses_territory: UnitRef & { readonly total: number };
  /** `successors` is given when a restatement fails on it, absent when the registry is checked. */
  readonly split_without_weights: UnitRef & { readonly successors?: readonly string[] };
  readonly unknown_unit: { readonly code: string };
  /** `valid`: the code's validity, written out, when known. */
  readonly unit_not_valid_at_date: { readonly code: string; readonly date: string; readonly valid?: string };
  readonly unit_changes_within_period: {
    readonly code: string;
    readonly from: UnitRef & { readonly date: string };
    readonly to: UnitRef & { readonly date: string };
  };
  readonly unit_ceased_without_successor: UnitRef & { readonly validTo?: string | undefined };
  readonly unit_has_no_predecessor: UnitRef & { readonly validFrom?: string | undefined };
  readonly merge_without_weights: UnitRef & { readonly predecessors: readonly string[] };
}

const en = (u: UnitRef): string => (u.name === undefined ? `unit ${u.id}` : `${u.id} (${u.name})`);
const vi = (u: UnitRef): string => (u.name === undefined ? `đơn vị ${u.id}` : `${u.id} (${u.name})`);

/** The issues of the unit registry, with their English and Vietnamese messages. */
export const unitsIssue = defineIssues<UnitsIssueData>({
  en: {
    invalid_date: (d) => `${d.field} "${d.value}" of unit ${d.code} is not a calendar date YYYY-MM-DD`,
    invalid_validity_interval: (d) => `unit ${d.id} ends (${d.validTo}) before it starts (${d.validFrom})`,
    unit_versions_overlap: (d) => `versions ${d.first} and ${d.second} of unit ${d.code} are valid on the same days`,
    unknown_parent: (d) => `parent ${d.parent} of unit ${d.id} is not in the registry`,
    parent_not_valid: (d) => `parent ${d.parent} of unit ${d.id} is not valid throughout the unit's validity (${d.gap === null ? 'at its open start' : `on ${d.gap}`})`,
    parent_version_changes: (d) =>
      `parent code ${d.parent} of unit ${d.id} denotes different territories during its validity (${d.versions.join(', ')}): close the unit or give it a new version`,
    parent_level_not_above: (d) => `parent ${d.parent} (${d.parentLevel}) is not above unit ${d.id} (${d.level})`,
    parent_cycle: (d) => (d.cycle.length === 1 ? `unit ${d.cycle[0] ?? ''} is its own parent` : `units ${d.cycle.join(' → ')} are their own ancestors`),
    unit_without_successor: (d) => `unit ${d.id} ends on ${d.validTo} without successors while its level continues: its territory is not mapped`,
    successor_without_end: (d) => `unit ${d.id} has successors but no validTo`,
    successor_not_found: (d) => `successor ${d.successor} of unit ${d.id} is not valid on ${d.date}`,
    crosswalk_double_counts: (d) => `${en(d)} is mapped more than once (successor weights add up to ${d.total})`,
    crosswalk_loses_territory: (d) => `${en(d)} is only partly mapped (successor weights add up to ${d.total})`,
    split_without_weights: (d) =>
      d.successors === undefined
        ? `${en(d)} is split without weights: its figures cannot be restated`
        : `${en(d)} was split into ${d.successors.join(', ')} without weights: its figures cannot be apportioned`,
    unknown_unit: (d) => `unknown unit code ${d.code}`,
    unit_not_valid_at_date: (d) => `unit ${d.code} is not valid on ${d.date}${d.valid === undefined ? '' : ` (valid ${d.valid})`}`,
    unit_changes_within_period: (d) => `code ${d.code} denotes ${en(d.from)} on ${d.from.date} but ${en(d.to)} on ${d.to.date}: a different territory`,
    unit_ceased_without_successor: (d) => `${en(d)} ended on ${d.validTo ?? '?'} and has no successor to carry its figures`,
    unit_has_no_predecessor: (d) => `${en(d)} starts on ${d.validFrom ?? '?'} and no earlier unit leads to it`,
    merge_without_weights: (d) => `${en(d)} was formed from ${d.predecessors.join(', ')}: its figures cannot be apportioned to them`,
  },
  vi: {
    invalid_date: (d) => `${d.field} "${d.value}" của đơn vị ${d.code} không phải ngày hợp lệ YYYY-MM-DD`,
    invalid_validity_interval: (d) => `đơn vị ${d.id} kết thúc (${d.validTo}) trước khi bắt đầu (${d.validFrom})`,
    unit_versions_overlap: (d) => `hai phiên bản ${d.first} và ${d.second} của đơn vị ${d.code} có hiệu lực trùng nhau`,
    unknown_parent: (d) => `đơn vị cấp trên ${d.parent} của ${d.id} không có trong danh mục`,
    parent_not_valid: (d) => `đơn vị cấp trên ${d.parent} của ${d.id} không còn hiệu lực trong suốt thời gian hiệu lực của đơn vị`,
    parent_version_changes: (d) => `mã cấp trên ${d.parent} của ${d.id} chỉ các địa bàn khác nhau trong thời gian hiệu lực (${d.versions.join(', ')})`,
    parent_level_not_above: (d) => `cấp trên ${d.parent} (${d.parentLevel}) không cao hơn đơn vị ${d.id} (${d.level})`,
    parent_cycle: (d) => (d.cycle.length === 1 ? `đơn vị ${d.cycle[0] ?? ''} là cấp trên của chính mình` : `các đơn vị ${d.cycle.join(' → ')} là cấp trên của chính mình`),
    unit_without_successor: (d) => `đơn vị ${d.id} chấm dứt ngày ${d.validTo} mà không có đơn vị kế thừa trong khi cấp này vẫn còn: địa bàn chưa được ánh xạ`,
    successor_without_end: (d) => `đơn vị ${d.id} có đơn vị kế thừa nhưng không có ngày kết thúc hiệu lực`,
    successor_not_found: (d) => `đơn vị kế thừa ${d.successor} của ${d.id} không tồn tại vào ngày ${d.date}`,
    crosswalk_double_counts: (d) => `${vi(d)} bị ánh xạ nhiều hơn một lần (tổng tỷ lệ kế thừa là ${d.total})`,
    crosswalk_loses_territory: (d) => `${vi(d)} chỉ được ánh xạ một phần (tổng tỷ lệ kế thừa là ${d.total})`,
    split_without_weights: (d) =>
      d.successors === undefined
        ? `${vi(d)} được chia mà không có tỷ lệ phân bổ: không thể chuyển đổi số liệu`
        : `${vi(d)} được chia thành ${d.successors.join(', ')} nhưng không có tỷ lệ phân bổ: không thể chia số liệu`,
    unknown_unit: (d) => `không có đơn vị mã ${d.code}`,
    unit_not_valid_at_date: (d) => `đơn vị mã ${d.code} không tồn tại vào ngày ${d.date}${d.valid === undefined ? '' : ` (hiệu lực ${d.valid})`}`,
    unit_changes_within_period: (d) => `mã ${d.code} là ${vi(d.from)} vào ngày ${d.from.date} nhưng là ${vi(d.to)} vào ngày ${d.to.date}: địa bàn khác nhau`,
    unit_ceased_without_successor: (d) => `${vi(d)} chấm dứt ngày ${d.validTo ?? '?'} và không có đơn vị kế thừa để chuyển số liệu`,
    unit_has_no_predecessor: (d) => `${vi(d)} bắt đầu từ ngày ${d.validFrom ?? '?'} và không có đơn vị tiền thân`,
    merge_without_weights: (d) => `${vi(d)} được hợp nhất từ ${d.predecessors.join(', ')}: không thể chia số liệu về các đơn vị cũ`,
  },
});
