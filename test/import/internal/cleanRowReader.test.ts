import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/errors/Issue';
import { cleanRowReader, cleanRows, plainDigits, readValue } from '../../../src/import/internal/cleanRowReader';
import { normaliseIds } from '../../../src/import/internal/idText';
import { cellsToRow, mapHeader } from '../../../src/import/internal/tableRows';
import { readFigures } from '../../../src/import/readFigures';
import { checkFigureRow } from '../../../src/validate/checkFigureRow';
import { createFigureRules, type FactsOf } from '../../../src/validate/figureRules';
import { createFigureValidator, type FigureValidatorOptions } from '../../../src/import/createFigureValidator';
import type { AdminUnit } from '../../../src/schema/AdminUnitSchema';
import type { Programme } from '../../../src/schema/ProgrammeSchema';

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

  it('reads a cell the same when its column stopped remembering texts (a new unit code on every row)', async () => {
    // 16,384 distinct units fill the unit column's table with texts met once: the column then
    // decides new texts without keeping them. Repeats, duplicates and bad cells must read as before.
    const lines = ['unit,indicator,value,period'];
    const distinct = 16_384 + 10;
    for (let i = 0; i < distinct; i++) lines.push(`U${i},marches,${i % 7},2023`);
    lines.push('U5,marches,5,2023', 'U6,marches,1,2023', ' U7 ,marches,2,2024', 'U\u200B8,marches,1,2023', 'U8,marches,3,2024', 'U8,marches,3,2025');
    const kept: string[] = [];
    const codes: [number, string][] = [];
    for await (const b of readFigures(lines.join('\n'), { batchSize: 4096 })) {
      for (const i of b.issues) if (i.row !== undefined) codes.push([i.row, i.code]);
      for (const f of b.figures) if (f.unit.length < 3 || !/^U\d+$/.test(f.unit) || Number(f.unit.slice(1)) < 10) kept.push(`${f.unit} ${f.period ?? ''} ${f.value}`);
    }
    const row = (k: number): number => distinct + k;
    expect(codes).toEqual([
      [row(1), 'duplicate_figure'],
      [row(2), 'conflicting_figure'],
      [row(4), 'invisible_character'],
    ]);
    expect(kept.slice(-4)).toEqual(['U7 2024 2', 'U\u200B8 2023 1', 'U8 2024 3', 'U8 2025 3']);
  });

  it('stops remembering a column\'s texts once its table filled with texts met once, and remembers them again after 114,688 new ones', () => {
    // The unit column's decisions are counted: a text the column remembers is decided once, a
    // text met while it remembers nothing is decided again each time it comes back.
    const rules = createFigureRules({ maxTrackedKeys: 1_000 }).facts;
    const decidedTimes = new Map<string, number>();
    const facts: FactsOf = {
      ...rules,
      unit: (text) => {
        decidedTimes.set(text, (decidedTimes.get(text) ?? 0) + 1);
        return rules.unit(text);
      },
    };
    const reader = cleanRows(mapHeader(['unit', 'indicator', 'value', 'period']), false, facts);
    const UNIT = 1;
    const twice = (text: string): number => {
      reader.decided(UNIT, text);
      reader.decided(UNIT, 'between');
      reader.decided(UNIT, text);
      return decidedTimes.get(text) ?? 0;
    };
    // Below the table's size a text is decided once, however often it comes back.
    expect(twice('A')).toBe(1);
    for (let i = 0; i < 16_384; i++) reader.decided(UNIT, `U${i}`);
    // The table filled with texts met once (a hit for A and one for 'between' only): the next new
    // text clears it and starts the stretch of texts decided without being remembered.
    expect(twice('B')).toBe(2);
    expect(twice('C')).toBe(2);
    for (let i = 0; i < 114_688; i++) reader.decided(UNIT, `V${i}`);
    // The stretch is over: texts are remembered again.
    expect(twice('D')).toBe(1);
  });

  it('keeps remembering a column\'s texts when its full table was often hit', () => {
    const rules = createFigureRules({ maxTrackedKeys: 1_000 }).facts;
    let calls = 0;
    const facts: FactsOf = {
      ...rules,
      unit: (text) => {
        calls++;
        return rules.unit(text);
      },
    };
    const reader = cleanRows(mapHeader(['unit', 'indicator', 'value', 'period']), false, facts);
    // Every text comes back once (a hit for each entry): when the table fills it is cleared and
    // goes on remembering.
    for (let i = 0; i < 16_384; i++) {
      reader.decided(1, `U${i}`);
      reader.decided(1, `U${i === 0 ? 1 : 0}`);
    }
    reader.decided(1, 'X');
    reader.decided(1, 'Y');
    const before = calls;
    reader.decided(1, 'X');
    expect(calls).toBe(before);
  });

  it('reads whole CSV files into the same figures and issues (row, line, column, path, messages) as the general path, however the text is cut', async () => {
    // The reference: every row's cells cut by hand and sent the general way (cells → row object →
    // ids → validator.check), with its own validator; readFigures sends clean rows through the
    // clean-row reader, the rules' facts kept per cell and the tokenizer's indexOf cutting.
    const programs = [{ code: '09/CTr-BCA-MTTW', period: { start: '2013-08-01', end: '2023-06-30' } }] as unknown as Programme[];
    const units: AdminUnit[] = [
      { code: '42', name: 'Hà Tĩnh', level: 'province' },
      { code: '44', name: 'Quảng Bình', level: 'province', validTo: '2025-06-30' },
      { code: '45', name: 'Quảng Trị', level: 'province', validFrom: '2022-01-01', validTo: '2025-06-30' },
    ];
    const pools: Readonly<Record<string, readonly string[]>> = {
      program: ['', '09/CTr-BCA-MTTW', ' 09/ctr-bca-mttw ', '07/X'],
      unit: ['42', ' 42 ', '44', '45', '99', 'Hà Tĩnh'.normalize('NFD'), '4\u20602', ''],
      reporter: ['', 'police', 'front', 'police+front', 'front+police', 'Police'],
      period: ['', '2022', '2023', '2023-06', '2013/2023', '2023-13', '2023-01-01/2023-03-31', '2026', 'whenever'],
      indicator: ['marches', 'tips_received', 'valuable_tips_received', 'weapons_surrendered', 'explosives_surrendered', 'marchs', ' marches', ''],
      category: ['', 'gun.military', 'explosive.industrial', 'detonator', 'nope'],
      value: ['1', '2', '35', '1000', ' 7 ', '2.5', '-1', 'abc', '', '17.543'],
      uom: ['', 'count', 'piece', 'kg', 'person'],
      qualifier: ['', 'over', 'nearly', 'vague', 'about'],
      statistic: ['', 'total', 'ytd', 'median'],
      note: ['', 'a note'],
    };
    const names = Object.keys(pools);
    const file = fc.record({
      cols: fc.shuffledSubarray(names, { minLength: 1 }).map((c) => [...new Set([...c, 'unit', 'indicator', 'value'])]),
      picks: fc.array(fc.array(fc.nat(), { minLength: names.length, maxLength: names.length }), { maxLength: 40 }),
      delimiter: fc.constantFrom(',', ';'),
      eol: fc.constantFrom('\n', '\r\n'),
      blanks: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
      cuts: fc.array(fc.nat(), { maxLength: 6 }),
      options: fc.record({ programs: fc.constant(programs), units: fc.constant(units), maxTrackedKeys: fc.integer({ min: 0, max: 12 }) }, { requiredKeys: [] }),
      viNumbers: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(file, async ({ cols, picks, delimiter, eol, blanks, cuts, options, viNumbers }) => {
        const rows = picks.map((p) => cols.map((c) => {
          const pool = pools[c] as readonly string[];
          return pool[(p[names.indexOf(c)] ?? 0) % pool.length] as string;
        }));
        const lines = [cols.join(delimiter)];
        const at: { row: number; line: number }[] = [];
        rows.forEach((cells, i) => {
          if (blanks[i] === true) lines.push('');
          lines.push(cells.join(delimiter));
          at.push({ row: i + 1, line: lines.length });
        });
        const text = lines.join(eol) + eol;
        // The text in pieces cut at random places (also inside a CRLF).
        const marks = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...marks, text.length].slice(1).map((end, i, all) => text.slice(i === 0 ? 0 : all[i - 1], end)).filter((t) => t !== '');

        const opts: FigureValidatorOptions = options;
        const got = { figures: [] as unknown[], issues: [] as unknown[] };
        for await (const b of readFigures(pieces, { ...opts, viNumbers, delimiter })) {
          b.figures.forEach((f, i) => got.figures.push([b.rows[i], b.lines[i], f]));
          for (const i of b.issues) got.issues.push(i);
        }

        const map = mapHeader(cols);
        const validator = createFigureValidator(opts);
        const want = { figures: [] as unknown[], issues: [...map.issues] as unknown[] };
        rows.forEach((cells, i) => {
          const place = { ...(at[i] as { row: number; line: number }), columns: cols };
          const { row: raw, issue } = cellsToRow(map, cells, viNumbers, place);
          const { row, issues: textIssues } = normaliseIds(raw, place);
          const checked = validator.check(row, place);
          const issues = issue === undefined ? [...textIssues, ...checked.issues] : [issue, ...textIssues, ...checked.issues.filter((x) => !(x.column === 'value' && x.code === 'missing_field'))];
          for (const x of issues) want.issues.push(x);
          if (checked.figure !== undefined && issue === undefined) want.figures.push([place.row, place.line, checked.figure]);
        });
        expect(got.issues).toEqual(want.issues);
        expect(got.figures).toEqual(want.figures);
      }),
      { numRuns: 400 },
    );
  });
});

describe('plainDigits', () => {
  it('reads 1 to 15 ASCII digits, and only them, the same from a text and from its bytes', () => {
    const cells = ['0', '7', '007', '35', '123456789012345', '1234567890123456', '', ' 1', '1 ', '-1', '+1', '1.5', '1e3', '12a', 'a12', '٣', '１', '/', ':'];
    const bytes = new TextEncoder().encode(`xx${cells.join('')}`);
    let at = 2;
    for (const cell of cells) {
      const len = new TextEncoder().encode(cell).length;
      const expected = /^[0-9]{1,15}$/.test(cell) ? Number(cell) : -1;
      expect(plainDigits(cell, 0, cell.length), cell).toBe(expected);
      expect(plainDigits(bytes, at, at + len), cell).toBe(expected);
      // The general path reads the same number where the short one does.
      if (expected >= 0) expect(readValue(cell, false)).toBe(expected);
      at += len;
    }
    expect(plainDigits('x123y', 1, 4)).toBe(123);
  });
});
