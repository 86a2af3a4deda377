import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFigures, type FigureBatch, type ReadFiguresOptions } from '../../src/import/readFigures';
import type { TextSource } from '../../src/io/TextSource';

async function collect(source: TextSource, options: ReadFiguresOptions = {}): Promise<{ values: number[]; rejected: number[]; codes: [string, number | undefined][]; batches: FigureBatch[] }> {
  const batches: FigureBatch[] = [];
  for await (const b of readFigures(source, options)) batches.push(b);
  return {
    values: batches.flatMap((b) => b.figures.map((f) => f.value)),
    rejected: batches.flatMap((b) => b.rejected.map((r) => r.row)),
    codes: batches.flatMap((b) => b.issues.map((i): [string, number | undefined] => [i.code, i.row])),
    batches,
  };
}

const HEAD = 'unit,indicator,value,period\n';

describe('readFigures', () => {
  it('reads CSV with a BOM, semicolons and Vietnamese numbers', async () => {
    const r = await collect('\uFEFFunit;indicator;value;uom;category\n42;explosives_surrendered;17.543;kg;explosive.industrial\n42;explosives_surrendered;2,2;kg;detonator\n', { viNumbers: true });
    expect(r.codes.filter(([c]) => c !== 'missing_period')).toEqual([['uom_not_allowed', 2]]);
    expect(r.values).toEqual([17543]);
  });

  it('reads machine numbers and refuses Vietnamese ones without the option', async () => {
    const r = await collect(`${HEAD}42,marches,2.5,2023\n42,marches,"17.543,5",2022\n42,marches,,2021\n`);
    expect(r.values).toEqual([2.5]);
    expect(r.codes).toEqual([
      ['invalid_number', 2],
      ['missing_field', 3],
    ]);
    const issue = r.batches[0]?.issues[0];
    expect(issue).toMatchObject({ row: 2, line: 3, column: 'value', path: ['cells', 2] });
  });

  it('ignores unknown columns with a warning and trims cells', async () => {
    const r = await collect('unit,indicator,value,remark\n 42 , marches ,3,x\n');
    expect(r.codes).toEqual([
      ['unknown_column', undefined],
      ['missing_period', 1],
    ]);
    expect(r.batches[0]?.figures[0]).toEqual({ unit: '42', indicator: 'marches', value: 3 });
  });

  it.each([
    ['an empty file', '', 'empty_input'],
    ['a wrong header', 'code,name\nx,y\n', 'missing_column'],
    ['a duplicate header', 'unit,unit,indicator,value\n1,2,3,4\n', 'duplicate_header'],
    ['a binary file', 'unit,indicator,value\n42,\u0000\u0001\u0002', 'binary_content'],
  ])('stops on %s with a fatal issue', async (_, text, code) => {
    const r = await collect(text);
    expect(r.codes.map(([c]) => c)).toContain(code);
    expect(r.batches.at(-1)?.fatal).toBe(true);
    expect(r.values).toEqual([]);
  });

  it('stops on bytes that are not UTF-8', async () => {
    const r = await collect([new TextEncoder().encode(`${HEAD}42,marches,1,2023\n`), new Uint8Array([0xff, 0xfe, 0x41])]);
    expect(r.values).toEqual([1]);
    expect(r.codes.map(([c]) => c)).toContain('invalid_utf8');
  });

  it('rejects rows with a wrong cell count or an open quote, keeping their cells', async () => {
    const r = await collect(`${HEAD}42,marches,1,2023,extra\n42,marches,2,2022\n42,"marches,3,2021\n`);
    expect(r.values).toEqual([2]);
    expect(r.rejected).toEqual([1, 3]);
    const rejected = r.batches.flatMap((b) => b.rejected);
    expect(rejected[0]?.cells).toEqual(['42', 'marches', '1', '2023', 'extra']);
    expect(rejected[1]).toMatchObject({ row: 3, line: 4 });
    expect(rejected[1]?.cells).toBeUndefined();
  });

  it('skips a huge line without holding it, and goes on', async () => {
    function* source(): Generator<string> {
      yield `${HEAD}42,marches,1,2023\n42,`;
      const chunk = 'x'.repeat(65_536);
      for (let i = 0; i < 200; i++) yield chunk; // a 13 MB line stands in for a 1 GB one
      yield ',1,2022\n42,marches,3,2021\n';
    }
    const r = await collect(source(), { maxRecordChars: 4096 });
    expect(r.values).toEqual([1, 3]);
    expect(r.codes).toEqual([['line_too_long', 2]]);
    expect(r.rejected).toEqual([2]);
  });

  it('reads NDJSON and JSON arrays, with string values in Vietnamese format', async () => {
    const nd = await collect('{"unit":"42","indicator":"marches","value":"1.200","period":"2023"}\n{"unit":"42"\n[1]\n', { format: 'ndjson', viNumbers: true });
    expect(nd.values).toEqual([1200]);
    expect(nd.rejected).toEqual([2, 3]);
    const js = await collect('[{"unit":"42","indicator":"marches","value":5,"period":"2023"}, {"unit":"42","indicator":"marches","value":"5"}]', { format: 'json' });
    expect(js.values).toEqual([5]);
    expect(js.codes).toEqual([['invalid_type', 2]]);
    const bad = await collect('[{"unit":', { format: 'json' });
    expect(bad.codes.map(([c]) => c)).toEqual(['invalid_json']);
    const empty = await collect('[]', { format: 'json' });
    expect(empty.batches).toHaveLength(1);
  });

  it('stops a JSON array on bytes that are not UTF-8', async () => {
    const r = await collect([new TextEncoder().encode('[{"unit":"4'), new Uint8Array([0xc3, 0x28])], { format: 'json' });
    expect(r.codes.map(([c]) => c)).toEqual(['invalid_utf8']);
  });

  it('gives the same rows and issues however the input is chunked', async () => {
    const text = `\uFEFF${HEAD}42,marches,1,2023\n42,marches,1,2023\n"42",marches,-3,2022\n42,marchs,2,2021\n44,"a""b",1\n`;
    const whole = await collect(text, { batchSize: 2 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 6 }), async (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i) => text.slice(p, points[i] ?? text.length));
        const r = await collect(chunks, { batchSize: 2 });
        expect(r.values).toEqual(whole.values);
        expect(r.rejected).toEqual(whole.rejected);
        expect(r.codes).toEqual(whole.codes);
      }),
      { numRuns: 40 },
    );
  });

  it('reads a source of chunks larger than 64 KB as its text, with characters of several bytes cut across the pieces', async () => {
    // A two-byte `ĩ` in every note; the first note's padding puts byte 65,536 (where the first
    // 64 KB piece ends) inside one.
    const rows: string[] = [];
    for (let i = 0; i < 5000; i++) rows.push(`VN-${String(i).padStart(5, '0')},marches,${i % 10},${i === 4 ? 'x' : '2023'},${i === 0 ? 'a'.repeat(16) : ''}Hĩ`);
    const text = `unit,indicator,value,period,note\n${rows.join('\n')}\n`;
    const bytes = new TextEncoder().encode(`x${text}`).subarray(1);
    expect(bytes.length).toBeGreaterThan(2 * 65536);
    expect((bytes[65536] as number) & 0xc0).toBe(0x80);
    const one = async function* (): AsyncGenerator<Uint8Array> {
      yield bytes;
    };
    const notes = async (source: TextSource): Promise<string[]> => {
      const out: string[] = [];
      for await (const b of readFigures(source)) for (const f of b.figures) out.push(`${f.unit}:${f.note ?? ''}`);
      return out;
    };
    const fromText = await collect(text);
    const fromChunk = await collect(one());
    expect(fromChunk.values).toEqual(fromText.values);
    expect(fromChunk.codes).toEqual(fromText.codes);
    expect(fromText.values).toHaveLength(4999);
    expect(fromText.codes).toEqual([['invalid_period', 5]]);
    const n = await notes(one());
    expect(n).toEqual(await notes(text));
    expect(n.every((x) => x.endsWith('Hĩ'))).toBe(true);
  });

  it('refuses a chunk that is neither text nor bytes, whatever comes before it', async () => {
    const head = new TextEncoder().encode(`${HEAD}42,marches,1,2023\n`);
    const big = new Uint8Array(70_000).fill(0x41);
    for (const bad of [new ArrayBuffer(10), head.buffer, null, { a: 1 }, Array.from(big)]) {
      const source = async function* (): AsyncGenerator<unknown> {
        yield head;
        yield bad;
      };
      await expect(collect(source() as TextSource)).rejects.toMatchObject({ name: 'AntqError', code: 'invalid_argument' });
    }
  });
});
