import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../../src/errors/isAntqError';
import { parseCsv } from '../../../src/io/csv/parseCsv';
import { toCsv } from '../../../src/io/csv/toCsv';

describe('toCsv', () => {
  it('writes header and rows with CRLF and quotes only where needed', () => {
    expect(toCsv(['unit', 'value', 'note'], [['VN-42', 35, 'trên 127 khẩu, "súng"'], ['VN-42', 2.2, null]])).toBe(
      'unit,value,note\r\nVN-42,35,"trên 127 khẩu, ""súng"""\r\nVN-42,2.2,\r\n',
    );
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+84 912', "'+84 912"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a=b', 'a=b'],
    ["'quoted", "'quoted"],
    ['', ''],
  ])('neutralises formula text %j', (cell, written) => {
    expect(toCsv(['c'], [[cell]], { newline: '\n' })).toBe(`c\n${written}\n`);
  });

  it('leaves numbers alone, negative ones too, and can switch escaping off', () => {
    expect(toCsv(['c'], [[-5], [0], [1e21]], { newline: '\n' })).toBe('c\n-5\n0\n1e+21\n');
    expect(toCsv(['c'], [['=1+2']], { newline: '\n', escapeFormulas: false })).toBe('c\n=1+2\n');
  });

  it('writes booleans, null and undefined', () => {
    expect(toCsv(['a', 'b', 'c'], [[true, false, undefined]], { newline: '\n' })).toBe('a,b,c\ntrue,false,\n');
  });

  it('uses a semicolon and a BOM for spreadsheets in Vietnamese locale', () => {
    expect(toCsv(['a', 'b'], [['2,2', 'x;y']], { delimiter: ';', bom: true })).toBe('\uFEFFa;b\r\n2,2;"x;y"\r\n');
  });

  it('round-trips any text cells through parseCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', ';', '"', '\n', '\r', '=', '-', 'ữ', '😀'), maxLength: 8 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((width) =>
          fc.tuple(
            fc.uniqueArray(fc.stringMatching(/^[a-z]{1,5}$/), { minLength: width, maxLength: width }),
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 5 }),
          ),
        ),
        fc.constantFrom<',' | ';'>(',', ';'),
        fc.boolean(),
        ([header, rows], delimiter, bom) => {
          const text = toCsv(header, rows, { delimiter, bom, escapeFormulas: false });
          const back = parseCsv(text);
          expect(back.delimiter === delimiter || header.length === 1).toBe(true);
          const again = parseCsv(text, { delimiter });
          expect(again.header).toEqual(header);
          // A row of one empty cell is written as a blank line, which readers skip.
          const kept = rows.filter((r) => !(r.length === 1 && r[0] === ''));
          expect(again.records.map((r) => r.cells)).toEqual(kept);
          expect(again.issues).toEqual([]);
          expect(again.bom).toBe(bom);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a row of the wrong length', [['1']]],
    ['NaN', [[Number.NaN, 1]]],
    ['Infinity', [[Number.POSITIVE_INFINITY, 1]]],
    ['an object cell', [[{}, 1]]],
    ['a row that is not an array', ['ab']],
  ])('throws on %s', (_, rows) => {
    let caught: unknown;
    try {
      toCsv(['a', 'b'], rows as never);
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught)).toBe(true);
    expect((caught as Error).message.startsWith('toCsv:')).toBe(true);
  });

  it.each([[{ delimiter: '\t' }], [{ newline: '\r' }]])('throws on a bad option %j', (options) => {
    expect(() => toCsv(['a'], [], options as never)).toThrow(/^toCsv:/);
  });

  it('does not mutate its inputs', () => {
    const header = Object.freeze(['a']);
    const rows = Object.freeze([Object.freeze(['=x'])]);
    toCsv(header, rows);
    expect(rows).toEqual([['=x']]);
  });
});
