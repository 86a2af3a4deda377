import { afterEach, describe, expect, it, vi } from 'vitest';
import { asciiRanges, asciiReader } from '../../src/io/asciiReader';
import { segmentReader } from '../../src/import/internal/csvSegments';
import { collectCsv } from './collect';
import { readCsv } from '../../src/io/csv/readCsv';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('asciiReader', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads ASCII chunks, views at an offset and shared memory, and refuses any byte past 0x7f', () => {
    const read = asciiReader();
    if (read === undefined) throw new Error('Node 20.16 or later has process.getBuiltinModule');
    expect(read(bytes('unit,indicator,value\r\nVN-01,marches,3\n'))).toBe('unit,indicator,value\r\nVN-01,marches,3\n');
    const whole = bytes('xxVN-01;marches;7yy');
    expect(read(whole.subarray(2, whole.length - 2))).toBe('VN-01;marches;7');
    const shared = new Uint8Array(new SharedArrayBuffer(8));
    shared.set(bytes('ab,cd\n'), 1);
    expect(read(shared.subarray(1, 7))).toBe('ab,cd\n');
    expect(read(bytes('công an'))).toBeUndefined();
    expect(read(Uint8Array.of(0x41, 0x80))).toBeUndefined();
    expect(read(Uint8Array.of(0xff))).toBeUndefined();
  });

  it('reads byte ranges of an ASCII chunk (a view at an offset too) and refuses a chunk with any byte past 0x7f', () => {
    const ranges = asciiRanges();
    if (ranges === undefined) throw new Error('Node 20.16 or later has process.getBuiltinModule');
    const whole = bytes('xxVN-01;marches;7yy');
    const chunk = ranges(whole.subarray(2, whole.length - 2));
    expect(chunk?.text(0, 5)).toBe('VN-01');
    expect(chunk?.text(6, 15)).toBe('marches;7');
    // Searched in the view only: the bytes around it (`x`, `y`) are not in the chunk.
    expect(chunk?.has(59)).toBe(true);
    expect(chunk?.has(120)).toBe(false);
    expect(chunk?.has(121)).toBe(false);
    expect(ranges(bytes('công an'))).toBeUndefined();
    expect(ranges(new Uint8Array(0))?.text(0, 0)).toBe('');
    expect(ranges(new Uint8Array(0))?.has(0)).toBe(false);
  });

  it('reads an empty chunk as no text, even on a buffer already transferred', () => {
    const read = asciiReader();
    if (read === undefined) throw new Error('Node 20.16 or later has process.getBuiltinModule');
    const chunk = new Uint8Array(new ArrayBuffer(4), 4, 0);
    structuredClone(chunk.buffer, { transfer: [chunk.buffer] });
    expect(chunk.buffer.byteLength).toBe(0);
    expect(read(chunk)).toBe('');
  });

  it('is absent where Node\'s modules cannot be reached, and files read the same through the decoder', async () => {
    const text = '\uFEFFunit,indicator,value,note\nVN-01,marches,3,ok\nVN-02,marches,4,"công an, xã"\nVN-03,marches,x,\n';
    const chunks = () => [bytes(text.slice(0, 30)), bytes(text.slice(30))];
    const fast = await collectCsv(readCsv(chunks()));
    vi.spyOn(process, 'getBuiltinModule').mockReturnValue(undefined as never);
    expect(asciiReader()).toBeUndefined();
    expect(await collectCsv(readCsv(chunks()))).toEqual(fast);
  });

  it('leaves a segment that is not clean UTF-8, or holds a NUL, to the reading thread', () => {
    const read = segmentReader({ header: ['unit', 'indicator', 'value'], delimiter: ',', viNumbers: false, maxRecordChars: undefined }, 0);
    expect(read(bytes('VN-01,marches,3\n')).dirty).toBe(false);
    expect(read(Uint8Array.of(...bytes('VN-01,marches,3\nVN-02,marches,'), 0xc3)).dirty).toBe(true);
    expect(read(bytes('VN-01,marches,3\nVN-02,march\0es,4\n')).dirty).toBe(true);
  });
});
