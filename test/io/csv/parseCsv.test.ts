import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../../src/errors/isAntqError';
import { parseCsv } from '../../../src/io/csv/parseCsv';

const codes = (text: string, options = {}): [string, number | undefined, number][] =>
  parseCsv(text, options).issues.map((i) => [i.code, i.row, i.line]);

describe('parseCsv', () => {
  it('reads header and rows with row and line numbers', () => {
    const t = parseCsv('unit,indicator,value\nVN-42,marches,35\nVN-42,festivals,12\n');
    expect(t.header).toEqual(['unit', 'indicator', 'value']);
    expect(t.delimiter).toBe(',');
    expect(t.bom).toBe(false);
    expect(t.records).toEqual([
      { row: 1, line: 2, cells: ['VN-42', 'marches', '35'] },
      { row: 2, line: 3, cells: ['VN-42', 'festivals', '12'] },
    ]);
    expect(t.issues).toEqual([]);
  });

  it.each([
    ['LF', 'a,b\n1,2\n3,4\n'],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n'],
    ['CR only', 'a,b\r1,2\r3,4\r'],
    ['mixed', 'a,b\r\n1,2\r3,4\n'],
    ['no final line end', 'a,b\n1,2\n3,4'],
  ])('accepts %s line ends', (_, text) => {
    const t = parseCsv(text);
    expect(t.records.map((r) => [r.row, r.line, r.cells])).toEqual([
      [1, 2, ['1', '2']],
      [2, 3, ['3', '4']],
    ]);
    expect(t.issues).toEqual([]);
  });

  it.each([
    ['doubled quotes', 'a\n"say ""hi"""\n', ['say "hi"']],
    ['delimiter inside quotes', 'a,b\n"1,5",2\n', ['1,5', '2']],
    ['LF inside quotes', 'a,b\n"x\ny",2\n', ['x\ny', '2']],
    ['CRLF inside quotes', 'a,b\n"x\r\ny",2\n', ['x\r\ny', '2']],
    ['empty quoted cell', 'a,b\n"",2\n', ['', '2']],
    ['empty cells', 'a,b,c\n,,\n', ['', '', '']],
    ['quoted last cell at end of input', 'a,b\n1,"2"', ['1', '2']],
    ['trailing delimiter', 'a,b\n1,\n', ['1', '']],
    ['spaces kept', 'a,b\n 1 , "2" \n', [' 1 ', ' "2" ']],
    ['Vietnamese text', 'a,b\nHà Tĩnh,"trên 127 khẩu súng"\n', ['Hà Tĩnh', 'trên 127 khẩu súng']],
    ['only quotes', 'a\n""""\n', ['"']],
  ])('unquotes cells: %s', (_, text, cells) => {
    expect(parseCsv(text).records[0]?.cells).toEqual(cells);
  });

  it('counts physical lines inside quoted cells', () => {
    const t = parseCsv('a,b\n"1\n2\r\n3",x\n4,y\n');
    expect(t.records.map((r) => [r.row, r.line])).toEqual([
      [1, 2],
      [2, 5],
    ]);
  });

  it('strips a BOM and reports it', () => {
    const t = parseCsv('\uFEFFunit,value\nVN-42,1\n');
    expect(t.bom).toBe(true);
    expect(t.header).toEqual(['unit', 'value']);
    expect(t.records[0]?.cells).toEqual(['VN-42', '1']);
  });

  it.each([
    ['commas', 'a,b;c\n1,2;3\n', ',', ['1', '2;3']],
    ['semicolons', 'a;b;c\n1;2,5;3\n', ';', ['1', '2,5', '3']],
    ['a tie, comma wins', 'a,b;c\n1,2;3\n', ',', ['1', '2;3']],
    ['a single column', 'value\n2,5\n', ',', ['2', '5']],
  ])('detects the delimiter from the header line: %s', (_, text, delimiter, cells) => {
    const t = parseCsv(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.records[0]?.cells).toEqual(cells);
  });

  it('uses a given delimiter', () => {
    const t = parseCsv('a,b;c\n1,2;3\n', { delimiter: ';' });
    expect(t.header).toEqual(['a,b', 'c']);
    expect(t.records[0]?.cells).toEqual(['1,2', '3']);
  });

  it('trims header names but not cells', () => {
    expect(parseCsv(' unit , value \n a , b \n').header).toEqual(['unit', 'value']);
    expect(parseCsv(' unit , value \n a , b \n').records[0]?.cells).toEqual([' a ', ' b ']);
  });

  it('skips blank lines, counting them in line numbers', () => {
    const t = parseCsv('\n\na,b\n\n1,2\r\n\r\n3,4\n\n');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.records.map((r) => [r.row, r.line])).toEqual([
      [1, 5],
      [2, 7],
    ]);
    expect(t.issues).toEqual([]);
  });

  it.each([
    ['an empty string', ''],
    ['only a BOM', '\uFEFF'],
    ['only line ends', '\r\n\n\r'],
  ])('reports empty_input for %s', (_, text) => {
    const t = parseCsv(text);
    expect(t.issues.map((i) => i.code)).toEqual(['empty_input']);
    expect(t.header).toEqual([]);
    expect(t.records).toEqual([]);
  });

  it('reports a row with the wrong cell count and still returns it', () => {
    const t = parseCsv('a,b,c\n1,2,3\n1,2\n1,2,3,4\n');
    expect(codes('a,b,c\n1,2,3\n1,2\n1,2,3,4\n')).toEqual([
      ['column_count', 2, 3],
      ['column_count', 3, 4],
    ]);
    expect(t.records.map((r) => r.cells.length)).toEqual([3, 2, 4]);
    expect(t.issues[0]?.position).toBe(12);
    expect(t.issues[0]?.severity).toBe('error');
  });

  it('gives a row with fewer or more cells than the header exactly its cells', () => {
    const t = parseCsv('a,b,c\n1\n1,2\n1,2,3\n1,2,3,4,5\n,,\n');
    expect(t.records.map((r) => r.cells)).toStrictEqual([['1'], ['1', '2'], ['1', '2', '3'], ['1', '2', '3', '4', '5'], ['', '', '']]);
  });

  it('reports empty and duplicate header names with their index', () => {
    const t = parseCsv('unit,,value,unit\n1,2,3,4\n');
    expect(t.issues.map((i) => [i.code, i.path, i.column, i.row, i.line])).toEqual([
      ['empty_header', ['header', 1], undefined, undefined, 1],
      ['duplicate_header', ['header', 3], 'unit', undefined, 1],
    ]);
    expect(t.records).toHaveLength(1);
  });

  it('reports an unclosed quote where it opened and keeps earlier rows', () => {
    const t = parseCsv('a,b\n1,2\n3,"open\n4,5\n6,7\n');
    expect(t.records.map((r) => r.cells)).toEqual([['1', '2']]);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ code: 'unclosed_quote', row: 2, line: 3, column: 'b', path: ['cells', 1], position: 10 });
  });

  it('stops on an unclosed quote in the header', () => {
    const t = parseCsv('a,"b\n1,2\n');
    expect(t.issues.map((i) => [i.code, i.row, i.line])).toEqual([['unclosed_quote', undefined, 1]]);
    expect(t.header).toEqual([]);
  });

  it('keeps stray quotes as text with a warning', () => {
    const t = parseCsv('a,b\n12" pipe,x\n"ab"cd,y\n');
    expect(t.records.map((r) => r.cells)).toEqual([
      ['12" pipe', 'x'],
      ['abcd', 'y'],
    ]);
    expect(t.issues.map((i) => [i.code, i.severity, i.row, i.column])).toEqual([
      ['stray_quote', 'warning', 1, 'a'],
      ['stray_quote', 'warning', 2, 'a'],
    ]);
  });

  it('reports a stray quote in a header without a row', () => {
    const t = parseCsv('a"x,b\n1,2\n');
    expect(t.header).toEqual(['a"x', 'b']);
    expect(t.issues.map((i) => [i.code, i.row])).toEqual([['stray_quote', undefined]]);
  });

  it('reports a cell beyond the header by index only', () => {
    const t = parseCsv('a\n1,x"y\n');
    const stray = t.issues.find((i) => i.code === 'stray_quote');
    expect(stray?.path).toEqual(['cells', 1]);
    expect(stray?.column).toBeUndefined();
  });

  it('skips an over-long row with line_too_long and goes on', () => {
    const t = parseCsv('a,b\n1,2\n"xxxxxxxxxxxxxxx",1\nyyyyyyyyyyyyyyyyy,1\n5,6\n', { maxRecordChars: 10 });
    expect(t.records.map((r) => [r.row, r.cells])).toEqual([
      [1, ['1', '2']],
      [4, ['5', '6']],
    ]);
    expect(codes('a,b\n1,2\n"xxxxxxxxxxxxxxx",1\nyyyyyyyyyyyyyyyyy,1\n5,6\n', { maxRecordChars: 10 })).toEqual([
      ['line_too_long', 2, 3],
      ['line_too_long', 3, 4],
    ]);
  });

  it('accepts a row of exactly the limit', () => {
    expect(parseCsv('a,b\n12345,789\n', { maxRecordChars: 9 }).issues).toEqual([]);
    expect(codes('a,b\n12345,7890\n', { maxRecordChars: 9 })).toEqual([['line_too_long', 1, 2]]);
  });

  it('stops when the header is longer than the limit', () => {
    const t = parseCsv('aaaaaaaaaaaa,b\n1,2\n', { maxRecordChars: 5 });
    expect(t.issues.map((i) => [i.code, i.row, i.line])).toEqual([['line_too_long', undefined, 1]]);
    expect(t.records).toEqual([]);
  });

  it('reports both the length and the open quote of a long unclosed record', () => {
    expect(codes('a,b\n1,"xxxxxxxxxxxxxxxxxxxx', { maxRecordChars: 10 })).toEqual([
      ['line_too_long', 1, 2],
      ['unclosed_quote', 1, 2],
    ]);
  });

  it('stops at a NUL character with binary_content', () => {
    const t = parseCsv('a,b\n1,2\n3,\u00004\n5,6\n');
    expect(t.records.map((r) => r.cells)).toEqual([['1', '2']]);
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0]).toMatchObject({ code: 'binary_content', line: 3, position: 10 });
  });

  it('stops on binary content before the header', () => {
    expect(codes('\u0000\u0001\u0002PNG')).toEqual([['binary_content', undefined, 1]]);
  });

  it('returns issues with Vietnamese and English messages', () => {
    for (const issue of parseCsv('a,a\n1\n"x').issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.messageVi.length).toBeGreaterThan(0);
    }
  });

  it.each([
    [{ delimiter: '\t' }],
    [{ maxRecordChars: 0 }],
    [{ maxRecordChars: 1.5 }],
  ])('throws on a bad option %j', (options) => {
    let caught: unknown;
    try {
      parseCsv('a\n1\n', options as never);
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught)).toBe(true);
    expect((caught as Error).message.startsWith('parseCsv:')).toBe(true);
  });

  it('does not mutate its options', () => {
    const options = Object.freeze({ delimiter: ';' as const, maxRecordChars: 100 });
    parseCsv('a;b\n1;2\n', options);
    expect(options).toEqual({ delimiter: ';', maxRecordChars: 100 });
  });
});
