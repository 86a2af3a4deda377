import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../src/extract/extractFigures';
it('x', () => {
  const t = readFileSync('/work/shared/seed/ha-tinh-2013-2023-review.vi.txt', 'utf8');
  const paras = t.split('\n');
  for (let k = 0; k < paras.length; k++) {
    const sub = paras.slice(k, 14).join('\n');
    const r = extractFigures(sub, { date: '2023-05-24' });
    if (sub.includes('35 đợt')) console.log(k, r.figures.map((f) => f.value).join(','));
  }
});
