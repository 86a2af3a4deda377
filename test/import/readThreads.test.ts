import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBatches, type ReadMode, type ReadFiguresOptions } from '../../src/import/readFigures';
import { segmentReader } from '../../src/import/internal/csvSegments';
import { safeCsvCut } from '../../src/io/csv/readCsvSegments';
import { BUSY, BUSY_COUNT, type PoolFactory } from '../../src/import/internal/segmentPool';
import { FIGURE_TABLE_KEYS, type FigureTable } from '../../src/table/FigureTable';

/** Segments read without a tokenizer issue, and with one (then cut again by the reading thread). */
const seen = { clean: 0, dirty: 0, reset: 0, busy: 0 };

/**
 * Segments read in this thread, answered out of order (later segments first), each copied as a
 * message would be; each reader starts its dictionaries again at `dictionaryLimit` texts. With
 * `busyEvery`, every such segment is answered unread at once, as a pool whose threads are busy
 * answers (the reading thread then cuts a clean segment itself).
 */
const pool = (dictionaryLimit?: number, busyEvery = 0, hashMask?: number): PoolFactory => (params, size) => {
  const readers = Array.from({ length: size }, (_, i) => segmentReader(params, i, dictionaryLimit, hashMask === undefined ? {} : { hashMask }));
  let next = 0;
  let given = 0;
  return Promise.resolve({
    run: (bytes: Uint8Array) => {
      if (busyEvery > 0 && ++given % busyEvery === 0) {
        seen.busy++;
        return Promise.resolve(undefined);
      }
      const read = readers[next++ % readers.length];
      if (read === undefined) throw new Error('no reader');
      const done = read(bytes);
      if (done.dirty) seen.dirty++;
      else seen.clean++;
      if (done.reset) seen.reset++;
      return new Promise((resolve) => setTimeout(() => resolve(done.dirty ? undefined : structuredClone(done)), (next * 7) % 3));
    },
    close: () => {},
  });
};
const inProcess = pool();

function decode(table: FigureTable | undefined): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  if (table === undefined) return out;
  for (let i = 0; i < table.length; i++) {
    const f: Record<string, unknown> = {};
    for (const key of FIGURE_TABLE_KEYS) {
      const code = table[key].codes[i] as number;
      if (code >= 0) f[key] = table[key].values[code];
    }
    f['value'] = table.value[i];
    out.push(f);
  }
  return out;
}

/** Everything a read hands out, batch boundaries left out. */
async function readAll(chunks: Parameters<typeof readBatches>[0], options: ReadFiguresOptions, mode: ReadMode, segmentBytes?: number, dictionaryLimit?: number, busyEvery?: number, hashMask?: number): Promise<unknown> {
  const all = { header: [] as unknown, read: 0, accepted: 0, rows: [] as number[], lines: [] as number[], rejected: [] as unknown[], issues: [] as unknown[], fatal: false, table: [] as unknown[] };
  const threading = segmentBytes === undefined ? undefined : { pool: pool(dictionaryLimit, busyEvery, hashMask), segmentBytes };
  for await (const { batch, accepted, table } of readBatches(chunks, options, mode, threading)) {
    if (batch.header.length > 0) all.header = batch.header;
    all.read += batch.read;
    all.accepted += accepted;
    all.rows.push(...batch.rows);
    all.lines.push(...batch.lines);
    all.rejected.push(...batch.rejected);
    all.issues.push(...batch.issues);
    all.fatal ||= batch.fatal;
    all.table.push(...decode(table));
  }
  return all;
}

const CELLS = {
  unit: ['42', ' 42 ', '43', 'P01D01C01', '4\u200B2', '', '"4""2"', '"4\n2"', '"x,y"'],
  indicator: ['marches', 'tips_received', 'valuable_tips_received', 'weapons_surrendered', 'marchs', ' marches', 'ma"rches'],
  value: ['35', '2', '17.5', '-1', 'x', '', '0', '"3\r\n5"', '"35"'],
  period: ['2023', '2023-01', '2024-Q1', '', '2023-13'],
  reporter: ['police', 'front+police', 'police+front', '', 'army', 'công an'],
  category: ['', 'gun.military', 'nope'],
  uom: ['', 'count', 'piece', 'kg'],
  qualifier: ['', 'over', 'nearly', 'maybe'],
  note: ['', 'a note', ' b ', '"a ""quoted""\nnote"', 'x"y'],
};
const COLUMNS = Object.keys(CELLS) as (keyof typeof CELLS)[];
const encoder = new TextEncoder();

describe('readFigures with threads', () => {
  it('gives the same rows, lines, figures, rejected rows and issues as one thread', async () => {
    const row = fc.oneof(
      { weight: 12, arbitrary: fc.tuple(...COLUMNS.map((c) => fc.constantFrom(...CELLS[c]))).map((cells) => cells.join(',')) },
      { weight: 1, arbitrary: fc.constantFrom('', '42,marches', '42,marches,1,2023,,,,,,,extra', '"unclosed,42', '42,marches,3\u0000,2023,,,,,') },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 60 }),
        fc.boolean(),
        fc.boolean(),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 8, max: 400 }),
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom<ReadMode>('table', 'count'),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(1, 1, 2, 5, 1 << 16),
        fc.constantFrom(0, 0, 2, 3),
        async (rows, bom, crlf, batchSize, segmentBytes, threads, mode, maxTrackedKeys, ending, dictionaryLimit, busyEvery) => {
          const eol = crlf ? '\r\n' : '\n';
          const text = (bom ? '\uFEFF' : '') + [COLUMNS.join(','), ...rows].join(eol) + (ending === 0 ? '' : ending === 1 ? eol : eol + eol);
          let bytes = encoder.encode(text);
          // Now and then a byte that is not UTF-8.
          if (rows.length > 20 && rows.length % 7 === 0) bytes = Uint8Array.from([...bytes.subarray(0, bytes.length - 3), 0xff, ...bytes.subarray(bytes.length - 3)]);
          // Random chunks.
          const chunks: Uint8Array[] = [];
          for (let at = 0, k = 1; at < bytes.length; k++) {
            const n = 1 + ((k * 37 + segmentBytes) % 97);
            chunks.push(bytes.slice(at, at + n));
            at += n;
          }
          const options: ReadFiguresOptions = { batchSize, maxTrackedKeys };
          const one = await readAll(chunks, options, mode);
          const many = await readAll(chunks, { ...options, threads }, mode, segmentBytes, dictionaryLimit, busyEvery);
          expect(many).toEqual(one);
        },
      ),
      { numRuns: 300 },
    );
    // Both ways were taken many times.
    expect(seen.clean).toBeGreaterThan(100);
    expect(seen.dirty).toBeGreaterThan(30);
    // Readers starting their dictionaries again between segments of one read are not counted
    // here: how many segments each reader gets depends on when the pool's answers come (timers),
    // and under load a run saw 1 where 8–11 is usual. The next test pins that path (more than 20
    // times, with limits of 1 and 7 texts).
    // Segments were answered unread by a busy pool, between segments read by the threads.
    expect(seen.busy).toBeGreaterThan(30);
  });

  it('maps codes through dictionaries shared by a reader\'s segments, started again at their limit', async () => {
    const lines = ['unit,indicator,value,period'];
    // Units met again in later segments, new units in every segment, and a bad row now and then.
    for (let i = 0; i < 600; i++) lines.push(i % 53 === 7 ? `U${i},marchs,1,2023` : `U${i % 3 === 0 ? i % 40 : i},marches,${i % 9},${2000 + (i % 17)}`);
    const bytes = encoder.encode(`${lines.join('\n')}\n`);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 100) chunks.push(bytes.slice(at, at + 100));
    for (const mode of ['table', 'count'] as const) {
      const one = await readAll(chunks, {}, mode);
      const before = seen.reset;
      for (const limit of [1, 7, 50, 1 << 16]) {
        expect(await readAll(chunks, { threads: 3 }, mode, 120, limit)).toEqual(one);
        // A busy pool: every other segment cut on the reading thread, between a reader's segments.
        expect(await readAll(chunks, { threads: 2 }, mode, 120, limit, 2)).toEqual(one);
      }
      expect(seen.reset - before).toBeGreaterThan(20);
    }
  });

  it('reads a string, one byte array, and chunks that turn to text half way, as one thread does', async () => {
    const lines = ['unit,indicator,value,period,note'];
    for (let i = 0; i < 400; i++) lines.push(i % 37 === 5 ? `P${i},marchs,${i},2023,` : `P${i % 20},marches,${i % 9},${2000 + (i % 17)},${i % 11 === 0 ? '"x\ny"' : ''}`);
    const text = `${lines.join('\n')}\n`;
    const bytes = encoder.encode(text);
    const half = text.length >> 1;
    const mixed = [encoder.encode(text.slice(0, half >> 1)), encoder.encode(text.slice(half >> 1, half)), text.slice(half)];
    for (const mode of ['table', 'count'] as const) {
      const one = await readAll([bytes], {}, mode);
      for (const source of [[bytes], mixed]) expect(await readAll(source as Uint8Array[], { threads: 2 }, mode, 300)).toEqual(one);
      const fromText: unknown[] = [];
      for await (const { batch } of readBatches(text, { threads: 3 }, mode, { pool: inProcess, segmentBytes: 300 })) fromText.push(...batch.issues);
      expect(fromText).toEqual((one as { issues: unknown[] }).issues);
    }
  });

  it('reads a source that refills one buffer for every chunk (as `fs.readSync` into a reused Buffer) as the whole bytes', async () => {
    const lines = ['unit,indicator,value,period,note'];
    for (let i = 0; i < 3000; i++) lines.push(i % 37 === 5 ? `P${i},marchs,${i},2023,` : `P${i % 20},marches,${i % 9},${2000 + (i % 17)},${i % 11 === 0 ? '"Hà Nội\ný kiến"' : 'công an xã'}`);
    let bytes = encoder.encode(`${lines.join('\n')}\n`);
    // A byte that is not UTF-8 near the end, after many characters of two and three bytes.
    bytes = Uint8Array.from([...bytes.subarray(0, bytes.length - 40), 0xff, ...bytes.subarray(bytes.length - 40)]);
    async function* refilled(size: number): AsyncGenerator<Uint8Array> {
      const buffer = Buffer.alloc(size); // a Node Buffer: its `slice` is a view, as `fs.readSync` callers have it
      for (let at = 0; at < bytes.length; at += size) {
        const n = Math.min(size, bytes.length - at);
        buffer.set(bytes.subarray(at, at + n));
        yield buffer.subarray(0, n);
        buffer.fill(0x2c); // what the next read would leave there, at the latest
      }
    }
    for (const mode of ['table', 'count'] as const) {
      const whole = await readAll([bytes], {}, mode);
      for (const size of [7, 1000, 4096]) {
        expect(await readAll(refilled(size), {}, mode)).toEqual(whole);
        expect(await readAll(refilled(size), { threads: 2 }, mode, 2000)).toEqual(whole);
      }
    }
  });

  it('reads segments of plain ASCII records from their bytes as one thread reads the file, whatever the chunks, line ends and hashes', async () => {
    const lines = ['program,unit,reporter,period,indicator,category,value,uom,qualifier,statistic,note'];
    for (let i = 0; i < 2400; i++) {
      const u = (i * 7919) % 300;
      // Bad values, unknown and padded codes, an empty unit and a vague qualifier now and then; after
      // row 1,600 a Vietnamese note (chunks that are not ASCII), and quoted notes and short rows.
      const value = i % 41 === 3 ? 'x' : i % 43 === 4 ? '-2' : i % 47 === 5 ? '123456789012345678' : String((i * 31) % 1000);
      const unit = i % 53 === 6 ? '' : i % 59 === 7 ? ` U${u} ` : `U${String(u).padStart(3, '0')}`;
      const note = i > 1600 && i % 5 === 0 ? 'công an xã' : i % 301 === 9 ? '"a, b"' : '';
      const row = `09/CTr-BCA-MTTW,${unit},police,${2000 + (u % 24)}-0${1 + (i % 9)},${i % 61 === 8 ? 'marchs' : 'marches'},,${value},count,${i % 67 === 9 ? 'vague' : ''},,${note}`;
      lines.push(i % 211 === 10 ? row.slice(0, row.lastIndexOf(',')) : row);
    }
    for (const eol of ['\n', '\r\n']) {
      const bytes = encoder.encode(`${lines.join(eol)}${eol}`);
      for (const mode of ['table', 'count'] as const) {
        const one = await readAll([bytes], {}, mode);
        for (const size of [7, 4096]) {
          // Chunks that cut values, codes and line ends anywhere.
          const chunks: Uint8Array[] = [];
          for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
          for (const hashMask of [0, -1]) expect(await readAll(chunks, { threads: 2 }, mode, 3000, undefined, 0, hashMask)).toEqual(one);
        }
      }
    }
  });

  it('gives the workers a deep queue when only counting (every segment theirs) and a shallow one for tables', async () => {
    const lines = ['unit,indicator,value,period'];
    for (let i = 0; i < 2000; i++) lines.push(`U${i % 50},marches,${i % 9},${2000 + (i % 17)}`);
    const bytes = encoder.encode(`${lines.join('\n')}\n`);
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += 400) chunks.push(bytes.slice(at, at + 400));
    for (const [mode, threads, depth, ahead] of [
      ['count', 2, BUSY_COUNT, BUSY_COUNT],
      ['count', 3, BUSY_COUNT, 2 * BUSY_COUNT],
      // Eight workers: a shorter queue each, 32 segments in flight in all (`COUNT_IN_FLIGHT`).
      ['count', 9, 4, 32],
      ['table', 2, BUSY, BUSY + 1],
      ['table', 3, BUSY, 2 * BUSY + 1],
    ] as const) {
      const asked: number[] = [];
      let held = 0;
      let most = 0;
      // Answers each segment after a timer, so the reader fills its queue before the first answer.
      const slow: PoolFactory = (params, size, busy) => {
        asked.push(busy);
        const read = segmentReader(params, 0);
        return Promise.resolve({
          run: (b: Uint8Array) => {
            most = Math.max(most, ++held);
            const done = read(b);
            return new Promise((resolve) => setTimeout(() => {
              held--;
              resolve(done.dirty ? undefined : structuredClone(done));
            }, 2));
          },
          close: () => {},
        });
      };
      let read = 0;
      for await (const { batch } of readBatches(chunks, { threads }, mode, { pool: slow, segmentBytes: 400 })) read += batch.read;
      expect(read).toBe(2000);
      expect(asked).toEqual([depth]);
      expect(most).toBe(ahead);
    }
  });

  it('refuses a number of threads that is not a whole number from 1 to 64', async () => {
    for (const threads of [0, 1.5, 65, Number.NaN]) {
      await expect(readAll([encoder.encode('unit,indicator,value\n')], { threads }, 'count')).rejects.toMatchObject({ code: 'invalid_option' });
    }
  });

  it('cuts only at record ends outside quotes', () => {
    const at = (text: string): number => safeCsvCut(encoder.encode(text), 44);
    expect(at('a,b\nc,d\ne')).toBe(8);
    expect(at('a,"b\nc",d\ne')).toBe(10);
    expect(at('a,"b\nc')).toBe(-1);
    expect(at('a,b"\nc,"d\n')).toBe(5);
    expect(at('"a""\n"\n')).toBe(7);
    expect(at('abc')).toBe(-1);
  });
});
