import { describe, expect, it } from 'vitest';
import { progressLine } from '../../src/cli/internal/readInput';

describe('progressLine', () => {
  it('shows a bar, a percentage, the rows and the rate when the size is known', () => {
    expect(progressLine({ lang: 'en' }, 'f.csv', 450_000, 0.45, 2.5)).toBe('f.csv: [#########...........] 45% 450000 rows read, 180000 rows/s');
    expect(progressLine({ lang: 'vi' }, 'f.csv', 100_000, 1, 1)).toBe('f.csv: [####################] 100% đã đọc 100000 dòng, 100000 dòng/giây');
  });

  it('shows rows and rate only for standard input, and never divides by zero', () => {
    expect(progressLine({ lang: 'en' }, '-', 100_000, null, 0)).toBe('-: 100000 rows read, 100000000 rows/s');
    expect(progressLine({ lang: 'en' }, 'f.csv', 10, 1.7, 1)).toContain('100%');
  });
});
