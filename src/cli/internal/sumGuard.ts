import { t, type Ctx } from './context';
import { InputError } from './inputs';
import type { FigureSink, TableSink } from './readInput';

/**
 * Watches the figures a command sums: values are non-negative, so when the total of every figure of
 * one indicator and unit of measure (and its widest bound, 1.1 × the value for `about`) stays finite,
 * every sum over any grouping does too. When it does not, the command stops with `sum_overflow`
 * naming the figure that crossed the limit, before any output, the same in every format.
 */
export function sumGuard(ctx: Ctx, file: string): { wrap(sink: FigureSink): FigureSink; wrapTable(sink: TableSink): TableSink; check(): void } {
  // Totals by indicator, then by uom: no key string is built per figure (strings read from a file
  // are distinct objects, and hashing a concatenation costs more than two lookups of cached hashes).
  const totals = new Map<string, Map<string, number>>();
  let crossed: { readonly indicator: string; readonly unit: string; readonly period: string | undefined; readonly value: number; readonly index: number } | null = null;
  let seen = 0;
  const byUomOf = (indicator: string): Map<string, number> => {
    let byUom = totals.get(indicator);
    if (byUom === undefined) {
      byUom = new Map();
      totals.set(indicator, byUom);
    }
    return byUom;
  };
  return {
    wrap: (sink) => (figures, rows, lines) => {
      for (const f of figures) {
        seen++;
        if (crossed !== null) continue;
        const byUom = byUomOf(f.indicator);
        const uom = f.uom ?? '';
        const total = (byUom.get(uom) ?? 0) + f.value;
        byUom.set(uom, total);
        if (!Number.isFinite(total * 1.1)) crossed = { indicator: f.indicator, unit: f.unit, period: f.period, value: f.value, index: seen };
      }
      return sink(figures, rows, lines);
    },
    // The same running totals, added in the same order, kept per indicator × uom code of the batch.
    wrapTable: (sink) => ({
      table: (table, rows, lines) => {
        const n = table.length;
        if (crossed !== null) {
          seen += n;
          return sink.table(table, rows, lines);
        }
        const inds = table.indicator.values;
        const uoms = table.uom.values;
        const width = uoms.length + 1;
        const sums = new Float64Array(inds.length * width);
        for (let i = 0; i < inds.length; i++) {
          const byUom = byUomOf(inds[i] as string);
          for (let u = 0; u < width; u++) sums[i * width + u] = byUom.get(u === 0 ? '' : (uoms[u - 1] as string)) ?? 0;
        }
        const indCodes = table.indicator.codes;
        const uomCodes = table.uom.codes;
        const values = table.value;
        for (let r = 0; r < n; r++) {
          seen++;
          const k = (indCodes[r] as number) * width + (uomCodes[r] as number) + 1;
          const total = (sums[k] as number) + (values[r] as number);
          sums[k] = total;
          if (!Number.isFinite(total * 1.1)) {
            const at = (c: { readonly codes: Int32Array; readonly values: readonly string[] }): string | undefined => c.values[c.codes[r] as number];
            crossed = { indicator: inds[indCodes[r] as number] as string, unit: at(table.unit) as string, period: at(table.period), value: values[r] as number, index: seen };
            seen += n - r - 1;
            break;
          }
        }
        for (let i = 0; i < inds.length; i++) {
          const byUom = byUomOf(inds[i] as string);
          for (let u = 0; u < width; u++) {
            const total = sums[i * width + u] as number;
            if (total !== 0 || byUom.has(u === 0 ? '' : (uoms[u - 1] as string))) byUom.set(u === 0 ? '' : (uoms[u - 1] as string), total);
          }
        }
        return sink.table(table, rows, lines);
      },
    }),
    check(): void {
      if (crossed === null) return;
      const f = crossed;
      const what = `indicator ${f.indicator}, unit ${f.unit}${f.period === undefined ? '' : `, period ${f.period}`}, value ${f.value}`;
      throw new InputError(
        t(
          ctx,
          `${file}: sum_overflow: accepted figure ${crossed.index} (${what}) takes the sum of ${f.indicator} past the largest finite number (about 1.8e308); no sum is printed`,
          `${file}: sum_overflow: số liệu thứ ${crossed.index} được nhận (${what}) làm tổng của ${f.indicator} vượt quá số hữu hạn lớn nhất (khoảng 1,8e308); không in tổng nào`,
        ),
      );
    },
  };
}
