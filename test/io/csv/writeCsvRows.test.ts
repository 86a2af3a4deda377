import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/io/csv/toCsv';
import { writeCsvRows } from '../../../src/io/csv/writeCsvRows';
import { asyncChunks } from '../collect';

async function join(chunks: AsyncIterable<string>): Promise<{ text: string; count: number }> {
  let text = '';
  let count = 0;
  for await (const c of chunks) {
    text += c;
    count++;
  }
  return { text, count };
}

describe('writeCsvRows', () => {
  const rows = Array.from({ length: 20_000 }, (_, i) => [`VN-${i}`, i, i % 7 === 0 ? '=cmd' : 'trên "127"']);

  it('streams exactly what toCsv writes, in chunks', async () => {
    const options = { delimiter: ';' as const, bom: true };
    const got = await join(writeCsvRows(['unit', 'value', 'note'], rows, options));
    expect(got.text).toBe(toCsv(['unit', 'value', 'note'], rows, options));
    expect(got.count).toBeGreaterThan(5);
  });

  it('takes rows from an async iterable', async () => {
    const got = await join(writeCsvRows(['a'], asyncChunks([['1'], ['2']]), { newline: '\n' }));
    expect(got).toEqual({ text: 'a\n1\n2\n', count: 1 });
  });

  it('writes the header alone when there are no rows', async () => {
    expect((await join(writeCsvRows(['a', 'b'], []))).text).toBe('a,b\r\n');
  });

  it('throws on a row of the wrong length, naming the row', async () => {
    await expect(join(writeCsvRows(['a', 'b'], [['1', '2'], ['3']]))).rejects.toThrow(/^writeCsvRows: row 2/);
  });
});
