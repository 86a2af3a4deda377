/**
 * The codes of the issues the unit registry reports: when it is built (`invalid_date`,
 * `invalid_validity_interval`, `unit_versions_overlap`, `unknown_parent`, `parent_not_valid`,
 * `parent_version_changes`, `parent_level_not_above`, `parent_cycle`, `unit_without_successor`,
 * `successor_without_end`, `successor_not_found`, `crosswalk_double_counts`,
 * `crosswalk_loses_territory`, `split_without_weights`) and when a code is looked up or restated
 * (`unknown_unit`, `unit_not_valid_at_date`, `unit_changes_within_period`,
 * `unit_ceased_without_successor`, `unit_has_no_predecessor`, `merge_without_weights`).
 *
 * @example
 * ```ts
 * const code: UnitsIssueCode = 'unit_not_valid_at_date';
 * code;
 * // => 'unit_not_valid_at_date'
 * ```
 * @category Units
 */
export type UnitsIssueCode =
  | 'invalid_date'
  | 'invalid_validity_interval'
  | 'unit_versions_overlap'
  | 'unknown_parent'
  | 'parent_not_valid'
  | 'parent_version_changes'
  | 'parent_level_not_above'
  | 'parent_cycle'
  | 'unit_without_successor'
  | 'successor_without_end'
  | 'successor_not_found'
  | 'crosswalk_double_counts'
  | 'crosswalk_loses_territory'
  | 'split_without_weights'
  | 'unknown_unit'
  | 'unit_not_valid_at_date'
  | 'unit_changes_within_period'
  | 'unit_ceased_without_successor'
  | 'unit_has_no_predecessor'
  | 'merge_without_weights';
