import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../src/extract/extractFigures';
it('seed', () => {
  const t = readFileSync('/work/shared/seed/ha-tinh-2013-2023-review.vi.txt', 'utf8');
  const r = extractFigures(t, { date: '2023-05-24' });
  for (const f of r.figures) console.log(JSON.stringify([f.indicator, f.category, f.value, f.qualifier, f.uom, f.period, f.reporter, f.statistic, f.confidence, f.note]));
  for (const u of r.unclassified) console.log('U', JSON.stringify([u.value, u.reason, u.note]));
  for (const i of r.issues) console.log('I', i.code, i.position);
});
