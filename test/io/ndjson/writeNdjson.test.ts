import { describe, expect, it } from 'vitest';
import { isAntqError } from '../../../src/errors/isAntqError';
import { parseNdjson } from '../../../src/io/ndjson/parseNdjson';
import { toNdjson } from '../../../src/io/ndjson/toNdjson';
import { writeNdjson } from '../../../src/io/ndjson/writeNdjson';
import { asyncChunks } from '../collect';

describe('toNdjson / writeNdjson', () => {
  const values = Array.from({ length: 5000 }, (_, i) => ({ unit: `VN-${i}`, value: i, note: 'dòng 1\ndòng 2\r\n"x"' }));

  it('writes one line per value that parseNdjson reads back', () => {
    const text = toNdjson(values);
    expect(text.split('\n')).toHaveLength(values.length + 1);
    expect(parseNdjson(text).records.map((r) => r.value)).toEqual(values);
  });

  it('streams the same text in chunks, from sync or async values', async () => {
    let text = '';
    let count = 0;
    for await (const chunk of writeNdjson(values)) {
      text += chunk;
      count++;
    }
    expect(text).toBe(toNdjson(values));
    expect(count).toBeGreaterThan(1);
    let small = '';
    for await (const chunk of writeNdjson(asyncChunks([1, 'a', null]))) small += chunk;
    expect(small).toBe('1\n"a"\nnull\n');
  });

  it.each([
    ['undefined', undefined],
    ['a function', () => 1],
    ['a bigint', 1n],
  ])('throws on %s', (_, value) => {
    let caught: unknown;
    try {
      toNdjson([1, value]);
    } catch (e) {
      caught = e;
    }
    expect(isAntqError(caught)).toBe(true);
    expect((caught as Error).message.startsWith('toNdjson: value 1')).toBe(true);
  });

  it('throws on a cycle while streaming', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const run = async (): Promise<void> => {
      for await (const _ of writeNdjson([cyclic])) void _;
    };
    await expect(run()).rejects.toThrow(/^writeNdjson: value 0/);
  });
});
