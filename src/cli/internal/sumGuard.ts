import type { Figure } from '../../schema/FigureSchema';
import { t, type Ctx } from './context';
import { InputError } from './inputs';
import type { FigureSink } from './readInput';

/**
 * Watches the figures a command sums: values are non-negative, so when the total of every figure of
 * one indicator and unit of measure (and its widest bound, 1.1 × the value for `about`) stays finite,
 * every sum over any grouping does too. When it does not, the command stops with `sum_overflow`
 * naming the figure that crossed the limit, before any output, the same in every format.
 */
export function sumGuard(ctx: Ctx, file: string): { wrap(sink: FigureSink): FigureSink; check(): void } {
  // Totals by indicator, then by uom: no key string is built per figure (strings read from a file
  // are distinct objects, and hashing a concatenation costs more than two lookups of cached hashes).
  const totals = new Map<string, Map<string, number>>();
  let crossed: { figure: Figure; index: number } | null = null;
  let seen = 0;
  return {
    wrap: (sink) => (figures, rows, lines) => {
      for (const f of figures) {
        seen++;
        if (crossed !== null) continue;
        let byUom = totals.get(f.indicator);
        if (byUom === undefined) {
          byUom = new Map();
          totals.set(f.indicator, byUom);
        }
        const uom = f.uom ?? '';
        const total = (byUom.get(uom) ?? 0) + f.value;
        byUom.set(uom, total);
        if (!Number.isFinite(total * 1.1)) crossed = { figure: f, index: seen };
      }
      return sink(figures, rows, lines);
    },
    check(): void {
      if (crossed === null) return;
      const f = crossed.figure;
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
