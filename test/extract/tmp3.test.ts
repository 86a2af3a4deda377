import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFigures } from '../../src/extract/extractFigures';
it('x', () => {
  const labels = JSON.parse(readFileSync('test/extract/corpus/labels.json', 'utf8'));
  for (const [file, l] of Object.entries<any>(labels)) {
    const r = extractFigures(readFileSync(`test/extract/corpus/${file}`, 'utf8'), { date: l.date });
    const got = r.figures.map((f) => [f.value, f.qualifier, f.uom, f.indicator, f.category ?? null]);
    const exp = l.figures.map((x: unknown[]) => JSON.stringify(x));
    const g = got.map((x) => JSON.stringify(x));
    for (const x of g) if (!exp.includes(x)) console.log(file, 'GOT ', x, r.figures.find((f)=>JSON.stringify([f.value, f.qualifier, f.uom, f.indicator, f.category ?? null])===x)?.evidence.join('|'));
    for (const x of exp) if (!g.includes(x)) console.log(file, 'MISS', x);
    for (const u of r.unclassified) console.log(file, 'U', u.value, u.reason, u.note);
    for (const i of r.issues) if (i.code !== 'figure_without_period') console.log(file, 'I', i.code, i.position);
  }
});
