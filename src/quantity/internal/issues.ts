import { defineIssues } from '../../errors/defineIssues';
import type { QuantityIssueCode } from '../QuantityIssueCode';
import type { Uom } from '../Uom';

interface QuantityIssueData extends Record<QuantityIssueCode, object> {
  readonly uom_mismatch: { readonly op: 'convert' | 'combine'; readonly from: Uom; readonly to: Uom };
  readonly uom_not_additive: object;
  readonly empty_sum: object;
}

/** The issues of quantity arithmetic, with their English and Vietnamese messages. */
export const quantityIssue = defineIssues<QuantityIssueData>({
  en: {
    uom_mismatch: (d) => (d.op === 'convert' ? `cannot convert ${d.from} to ${d.to}` : `cannot combine ${d.from} with ${d.to}`),
    uom_not_additive: () => 'percentages do not add up; recompute them from their parts',
    empty_sum: () => 'an empty list has no unit; pass options.uom',
  },
  vi: {
    uom_mismatch: (d) => (d.op === 'convert' ? `không thể đổi ${d.from} sang ${d.to}` : `không thể cộng/so sánh đơn vị ${d.from} với ${d.to}`),
    uom_not_additive: () => 'không cộng các tỷ lệ phần trăm; hãy tính lại từ các thành phần',
    empty_sum: () => 'danh sách rỗng không có đơn vị tính; hãy truyền options.uom',
  },
});
