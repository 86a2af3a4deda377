// `antq report --unit` without `--period`: the data's whole span, said; a unit without figures, said.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli';

const SYNTH = join(import.meta.dirname, '../../examples/synthetic');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, cwd: SYNTH });
  return { code, out, err };
}

describe('antq report --unit', () => {
  it('reports a province over the whole span of the data when no period is given, and says so', async () => {
    const r = await run(['report', 'figures.csv', '--units', 'units.csv', '--unit', 'P01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Period: 1 Jan 2013 – 31 Dec 2023');
    expect(r.out).toContain('No period given: the report covers the whole span of the figures');
    expect(r.out).toMatch(/Organised over [\d,]+ marches/);
    const withPeriod = await run(['report', 'figures.csv', '--units', 'units.csv', '--unit', 'P01', '--period', '2013/2023', '--format', 'json']);
    const bare = await run(['report', 'figures.csv', '--units', 'units.csv', '--unit', 'P01', '--format', 'json']);
    const sections = (out: string): unknown => (JSON.parse(out) as { report: { sections: unknown } }).report.sections;
    expect(sections(bare.out)).toEqual(sections(withPeriod.out));
  });

  it('says when the unit has no figures, with a code in JSON', async () => {
    const r = await run(['report', 'figures.csv', '--units', 'units.csv', '--unit', 'P09', '--format', 'json']);
    expect(r.code).toBe(0);
    const notes = (JSON.parse(r.out) as { report: { notes: { code: string }[] } }).report.notes.map((n) => n.code);
    expect(notes).toContain('no_figures_for_unit');
    expect((await run(['report', 'figures.csv', '--units', 'units.csv', '--unit', 'P09', '--lang', 'vi'])).out).toContain('Không có số liệu nào của đơn vị P09');
  });
});
