import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/errors/Issue';
import { cleanRowReader } from '../../../src/import/internal/cleanRowReader';
import { normaliseIds } from '../../../src/import/internal/idText';
import { cellsToRow, mapHeader } from '../../../src/import/internal/tableRows';
import { readFigures } from '../../../src/import/readFigures';
import { checkFigureRow } from '../../../src/validate/checkFigureRow';

const COLUMNS = ['program', 'unit', 'reporter', 'period', 'indicator', 'category', 'value', 'uom', 'qualifier', 'statistic', 'note', 'source'] as const;

/** Cells that pass, that pass after trimming or NFC, and that fail each check in its own way. */
const POOL: Readonly<Record<(typeof COLUMNS)[number], readonly string[]>> = {
  program: ['', ' ', '09/CTr-BCA-MTTW', ' 09/ctr-bca-mttw ', 'x\u200By'],
  unit: ['', '42', ' 42 ', 'Hà Tĩnh'.normalize('NFD'), 'Hà Tĩnh'.normalize('NFC'), '4\u20602'],
  reporter: ['', 'police', 'police+front', 'Police', 'police+', ' front '],
  period: ['', '2023', '2023-05', 'whenever', ' 2023 '],
  indicator: ['', 'marches', ' marches', 'Marches', '1x', 'weapons_surrendered', 'nope_nope'],
  category: ['', 'gun.military', 'gun..x', '*.hunting', ' gun '],
  value: ['', '35', ' 35 ', '007', '-1', '-0', '2.5', '1e3', '17.543', '2,2', '9007199254740993', '1e-400', 'abc', '100', '1000', '15', '123456789012345', '1234567890123456'],
  uom: ['', 'count', 'piece', 'khẩu', ' kg '],
  qualifier: ['', 'over', 'vague', 'roughly', ' about '],
  statistic: ['', 'total', 'ytd', 'median'],
  note: ['', ' a note ', 'x'],
  source: ['', 'src', '  '],
};

/** What the general path makes of a row's cells: the figure when nothing is said about the row, else `undefined`. */
function general(map: ReturnType<typeof mapHeader>, cells: readonly string[], viNumbers: boolean): unknown {
  const at = { row: 1, line: 2, columns: map.fields.map(String) };
  const { row: raw, issue } = cellsToRow(map, cells, viNumbers, at);
  const { row, issues: textIssues } = normaliseIds(raw, at);
  const issues: Issue[] = [];
  const f = checkFigureRow(row, 0, 1, issues);
  return issue === undefined && textIssues.length === 0 && issues.length === 0 ? f : undefined;
}

describe('cleanRowReader', () => {
  it('reads exactly the rows the general path reads without an issue, into the same figure', () => {
    const header = fc.shuffledSubarray([...COLUMNS], { minLength: 1 }).map((cols) => (cols.includes('value') ? cols : [...cols, 'value']));
    fc.assert(
      fc.property(header, fc.boolean(), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), (cols, viNumbers, picks) => {
        const map = mapHeader(cols);
        const cells = cols.map((c, i) => {
          const pool = POOL[c as (typeof COLUMNS)[number]];
          return pool[(picks[i] ?? 0) % pool.length] as string;
        });
        const fast = cleanRowReader(map, viNumbers)(cells);
        const slow = general(map, cells, viNumbers);
        expect(fast).toEqual(slow);
        // Same fields in the same order (JSON output and CSV writers follow it).
        if (fast !== undefined) expect(Object.keys(fast)).toEqual(Object.keys(slow as object));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives readFigures the same batches, issues and rejected rows as the general path would', async () => {
    // Rows that take both paths, interleaved; the issues of the general rows keep their places.
    const text = ['unit,indicator,value,period,reporter', '42,marches,35,2023,police', '42, marches ,35,2023,police', ' 42 ,marches,36,2023,police', '4\u200B2,marches,1,2023,', '42,marches,x,2023,', '42,Marches,1,2023,'].join('\n');
    const codes: [number, string][] = [];
    const kept: number[] = [];
    for await (const b of readFigures(text)) {
      for (const i of b.issues) codes.push([i.row ?? 0, i.code]);
      for (const r of b.rows) kept.push(r);
    }
    expect(kept).toEqual([1, 4]);
    expect(codes).toEqual([
      [2, 'duplicate_figure'],
      [3, 'conflicting_figure'],
      [4, 'invisible_character'],
      [5, 'invalid_number'],
      [6, 'invalid_format'],
    ]);
  });
});
