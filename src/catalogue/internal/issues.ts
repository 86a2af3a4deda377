import { defineIssues } from '../../errors/defineIssues';
import type { CatalogueIssueCode } from '../CatalogueIssueCode';

interface CatalogueIssueData extends Record<CatalogueIssueCode, object> {
  readonly invalid_indicator_id: { readonly id: string };
  readonly unknown_reference: { readonly id: string; readonly field: string; readonly target: string };
  readonly subset_uom_mismatch: { readonly id: string; readonly superset: string };
  readonly indicator_exists: { readonly id: string };
  readonly invalid_category_target: { readonly id: string; readonly faceted: boolean };
  readonly category_exists: { readonly id: string; readonly category: string };
}

/** The issues of catalogue checks, with their English and Vietnamese messages. */
export const catalogueIssue = defineIssues<CatalogueIssueData>({
  en: {
    invalid_indicator_id: (d) => `indicator id ${JSON.stringify(d.id)} is not snake_case`,
    unknown_reference: (d) => `${d.id}.${d.field} refers to unknown indicator ${d.target}`,
    subset_uom_mismatch: (d) => `${d.id} has units of measure its superset ${d.superset} lacks`,
    indicator_exists: (d) => `indicator ${d.id} already exists in the base catalogue`,
    invalid_category_target: (d) => `cannot add categories to ${d.faceted ? 'indicator with faceted categories' : 'unknown indicator'} ${d.id}`,
    category_exists: (d) => `category ${d.category} of ${d.id} already exists`,
  },
  vi: {
    invalid_indicator_id: (d) => `Mã chỉ tiêu ${JSON.stringify(d.id)} không đúng dạng snake_case`,
    unknown_reference: (d) => `${d.id}.${d.field} tham chiếu chỉ tiêu không tồn tại ${d.target}`,
    subset_uom_mismatch: (d) => `${d.id} có đơn vị tính mà chỉ tiêu cha ${d.superset} không có`,
    indicator_exists: (d) => `Chỉ tiêu ${d.id} đã có trong danh mục gốc`,
    invalid_category_target: (d) => `Không thể thêm phân loại cho chỉ tiêu ${d.id}`,
    category_exists: (d) => `Phân loại ${d.category} của ${d.id} đã tồn tại`,
  },
});
