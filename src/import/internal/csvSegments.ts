import type { CsvDelimiter } from '../../io/csv/CsvReadOptions';
import { csvSegmentRecords, type SegmentWork } from '../../io/csv/readCsvSegments';
import { asciiRanges, asciiReader, type AsciiRanges } from '../../io/asciiReader';
import { FIGURE_TABLE_KEYS } from '../../table/FigureTable';
import { ByteCells } from './ByteCells';
import { cleanRows, plainDigits, readValue, type CleanRows, type DecidedCell, type KeyCell } from './cleanRowReader';
import { mapHeader } from './tableRows';

/** Key columns of a figure table, in `FIGURE_TABLE_KEYS` order. */
export const KEY_COLUMNS = 9;

/** What every segment of one file shares: the header and how its cells are read. */
export interface SegmentParams {
  readonly header: readonly string[];
  readonly delimiter: CsvDelimiter;
  readonly viNumbers: boolean;
  /** The record limit (`undefined`: the tokenizer's default). */
  readonly maxRecordChars: number | undefined;
}

/**
 * A segment of a CSV file read by another thread: every record cut, each clean row's key cells
 * decided and coded in this segment's own dictionaries. `dirty` when the segment met anything the
 * tokenizer reports (bad bytes, a NUL, a short row, a stray or unclosed quote, a record too long):
 * then nothing else is filled, and the reading thread cuts the segment itself, so that every such
 * issue is made with its row, line and position in the file.
 */
export interface SegmentDone extends SegmentWork {
  readonly dirty: boolean;
  /** The thread's reader that made the segment (see {@link segmentReader}): its dictionaries are its own. */
  readonly reader: number;
  /**
   * The code of key column `k` of row `i` at `i * KEY_COLUMNS + k`, in the reader's dictionary of
   * column `k`; -1 for an empty cell or a raw row.
   */
  readonly codes: Int32Array;
  /**
   * The texts added to each key column's dictionary since the last segment the reader handed out
   * clean (a dirty segment's are handed out with the next clean one): a dictionary is shared by
   * every segment of the reader, so each distinct text crosses over once, not once per segment.
   */
  readonly texts: readonly (readonly string[])[];
  /** The reader started its dictionaries again (one grew to its limit) before these texts. */
  readonly reset: boolean;
  readonly value: Float64Array;
  /** Each row's physical line, counted from 1 at the segment's first line. */
  readonly line: Int32Array;
  /** The rows that must go the general way (their cells give an issue), ascending. */
  readonly raw: Int32Array;
  /** The cells of the raw rows, in the order of `raw`. */
  readonly rawCells: readonly (readonly string[])[];
}

const DIRTY: SegmentDone = { dirty: true, reader: -1, reset: false, chars: 0, lines: 0, rows: 0, codes: new Int32Array(0), texts: [], value: new Float64Array(0), line: new Int32Array(0), raw: new Int32Array(0), rawCells: [] };

/** Texts in a column's dictionary at which a reader starts its dictionaries again: memory stays bounded. */
const DICTIONARY_LIMIT = 1 << 16;

/** Longest record read from its bytes (a longer one, rare, is cut by the tokenizer, which checks the record limit). */
const BYTE_RECORD_LIMIT = 4096;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const FNV_START = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Options of {@link segmentReader} for tests. */
export interface SegmentReaderOptions {
  /** Bits kept of each cell's hash in the tables of cells found by their bytes (0: all in one chain). */
  readonly hashMask?: number;
  /** Read plain ASCII segments from their bytes (default true; false: every segment through the tokenizer). */
  readonly bytes?: boolean;
}

/**
 * Reads segments of one file, each starting at a record boundary past the header (see
 * {@link SegmentDone}); made once per thread, so that each distinct cell is decided once there.
 * Its segments must be taken in the order it read them (`reader` tells them from another
 * reader's): each hands over only the texts its dictionaries gained, and it starts them again
 * when one holds `dictionaryLimit` texts. A segment of plain ASCII records is read from its bytes
 * (see `readBytes`: no string per cell, each key cell found by its bytes); any other goes through
 * the tokenizer, with the same result.
 */
export function segmentReader(params: SegmentParams, reader: number, dictionaryLimit = DICTIONARY_LIMIT, options: SegmentReaderOptions = {}): (bytes: Uint8Array) => SegmentDone {
  const map = mapHeader(params.header);
  const rows = cleanRows(map, params.viNumbers);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const ascii = asciiReader();
  const ranges = options.bytes === false ? undefined : asciiRanges();
  const byteKeys = FIGURE_TABLE_KEYS.map((f) => map.fields.indexOf(f));
  const bytes = { keys: byteKeys, value: map.fields.indexOf('value'), cells: FIGURE_TABLE_KEYS.map(() => new ByteCells<DecidedCell>(options.hashMask)) };
  // The dictionaries of the key columns, shared by the segments (a cell's code is valid while its
  // stamp is the current one), and how much of each was handed out already.
  let stamp = 0;
  let texts: string[][] = [];
  const sent: number[] = [];
  let reset = false;
  const restart = (): void => {
    stamp++;
    texts = [];
    for (let k = 0; k < KEY_COLUMNS; k++) {
      texts.push([]);
      sent[k] = 0;
    }
  };
  restart();
  /** Codes row `i`'s decided key cells into `codes` (the current dictionaries). */
  const code = (codes: Int32Array, i: number, keys: readonly (KeyCell | undefined)[]): void => {
    const at = i * KEY_COLUMNS;
    for (let k = 0; k < KEY_COLUMNS; k++) {
      const cell = keys[k];
      const t = cell?.text;
      if (cell === undefined || t === null || t === undefined || t === '') continue;
      if (cell.stamp !== stamp) {
        cell.stamp = stamp;
        cell.code = (texts[k] as string[]).push(t) - 1;
      }
      codes[at + k] = cell.code;
    }
  };
  /** The segment as the reader hands it out, the texts its dictionaries gained since the last one with it. */
  const finish = (chars: number, lines: number, out: SegmentRows): SegmentDone => {
    const added: string[][] = [];
    for (let k = 0; k < KEY_COLUMNS; k++) {
      const all = texts[k] as string[];
      added.push(all.slice(sent[k]));
      sent[k] = all.length;
    }
    const restarted = reset;
    reset = false;
    const n = out.n;
    return { dirty: false, reader, reset: restarted, chars, lines, rows: n, codes: out.codes.slice(0, KEY_COLUMNS * n), texts: added, value: out.value.slice(0, n), line: out.line.slice(0, n), raw: Int32Array.from(out.raw), rawCells: out.rawCells };
  };
  return (segment) => {
    if (texts.some((t) => t.length >= dictionaryLimit)) {
      restart();
      reset = true;
    }
    const chunk = ranges === undefined ? undefined : ranges(segment);
    if (chunk !== undefined) {
      const done = readBytes(segment, chunk, params, rows, bytes, code, finish);
      if (done !== undefined) return done;
    }
    let text = ascii === undefined ? undefined : ascii(segment);
    if (text === undefined) {
      try {
        text = decoder.decode(segment);
      } catch {
        return DIRTY;
      }
    }
    if (text.indexOf('\0') !== -1) return DIRTY;
    // Records are read and dropped a batch at a time: a whole segment's records kept at once
    // would outlive the young generation and make every collection slow.
    const batches = csvSegmentRecords(text, params.header, params.delimiter, params.maxRecordChars, 1024);
    const out = new SegmentRows(segment.length);
    let cut: { readonly lines: number; readonly rows: number };
    for (;;) {
      const next = batches.next();
      if (next.done === true) {
        cut = next.value;
        break;
      }
      const { records, issues } = next.value;
      if (issues.length > 0) return DIRTY;
      for (const rec of records) {
        const i = out.add(rec.line);
        const row = rows.read(rec.cells);
        if (row === undefined) {
          out.raw.push(i);
          out.rawCells.push(rec.cells);
          continue;
        }
        code(out.codes, i, row.keys);
        out.value[i] = row.value;
      }
    }
    return finish(text.length, cut.lines, out);
  };
}

/** The rows of a segment as they are read: codes, values and lines grown as needed, and the raw rows. */
class SegmentRows {
  n = 0;
  codes: Int32Array;
  value: Float64Array;
  line: Int32Array;
  readonly raw: number[] = [];
  readonly rawCells: (readonly string[])[] = [];
  private cap: number;

  constructor(bytes: number) {
    this.cap = Math.max(16, bytes >> 6);
    this.codes = new Int32Array(KEY_COLUMNS * this.cap).fill(-1);
    this.value = new Float64Array(this.cap);
    this.line = new Int32Array(this.cap);
  }

  /** A new row on physical line `line`: its index. */
  add(line: number): number {
    const i = this.n++;
    if (i === this.cap) {
      this.cap *= 2;
      const c = new Int32Array(KEY_COLUMNS * this.cap).fill(-1);
      c.set(this.codes);
      this.codes = c;
      const v = new Float64Array(this.cap);
      v.set(this.value);
      this.value = v;
      const l = new Int32Array(this.cap);
      l.set(this.line);
      this.line = l;
    }
    this.line[i] = line;
    return i;
  }
}

/** A segment's cells found by their bytes: each key column's header index (-1: absent) and table, and the value's index. */
interface ByteColumns {
  readonly keys: readonly number[];
  readonly value: number;
  readonly cells: readonly ByteCells<DecidedCell>[];
}

/**
 * A segment of ASCII bytes read without the tokenizer and without a string per cell: each record
 * is cut and each cell hashed in one pass over its bytes, and each key cell is found among the
 * texts met before by its bytes (a new text is made a string and decided once, as `cleanRows`
 * decides it). `undefined` (read the segment the usual way) when anything in it is not a plain
 * record: a quote, a carriage return, a NUL, a record of another number of cells than the header
 * or longer than the record limit; the tokenizer then meets it with its issue, or reads it as it
 * always has.
 */
function readBytes(
  bytes: Uint8Array,
  chunk: AsciiRanges,
  params: SegmentParams,
  rows: CleanRows,
  columns: ByteColumns,
  code: (codes: Int32Array, i: number, keys: readonly KeyCell[]) => void,
  finish: (chars: number, lines: number, out: SegmentRows) => SegmentDone,
): SegmentDone | undefined {
  if (chunk.has(QUOTE) || chunk.has(CR) || chunk.has(0)) return undefined;
  const slice = chunk.text;
  const delimiter = params.delimiter.charCodeAt(0);
  const width = params.header.length;
  const longest = Math.min(params.maxRecordChars ?? BYTE_RECORD_LIMIT, BYTE_RECORD_LIMIT);
  const viNumbers = rows.viNumbers;
  // Each header column's key column (-1: none), and the decided cell of an empty cell per key column.
  const keyOf = new Int32Array(width).fill(-1);
  const keys: DecidedCell[] = [];
  const empty: DecidedCell[] = [];
  for (let k = 0; k < KEY_COLUMNS; k++) {
    const at = columns.keys[k] as number;
    if (at >= 0 && at < width) keyOf[at] = k;
    const none = rows.decided(k, '');
    empty.push(none);
    keys.push(none);
  }
  const valueAt = columns.value;
  const tables = columns.cells;
  const out = new SegmentRows(bytes.length);
  const n = bytes.length;
  let line = 1;
  let pos = 0;
  while (pos < n) {
    let end = bytes.indexOf(LF, pos);
    if (end === -1) end = n;
    if (end === pos) {
      // A blank line: no record, as the tokenizer counts it.
      line++;
      pos = end + 1;
      continue;
    }
    if (end - pos > longest) return undefined;
    let cell = 0;
    let start = pos;
    let hash = FNV_START;
    let value: number | undefined;
    let valueSeen = false;
    for (let i = pos; ; i++) {
      if (i < end) {
        const c = bytes[i] as number;
        if (c !== delimiter) {
          hash = Math.imul(hash ^ c, FNV_PRIME);
          continue;
        }
      }
      if (cell >= width) return undefined;
      const k = keyOf[cell] as number;
      if (k >= 0) {
        if (i === start) keys[k] = empty[k] as DecidedCell;
        else {
          const table = tables[k] as ByteCells<DecidedCell>;
          let found = table.find(bytes, start, i, hash);
          if (found === undefined) {
            found = rows.decided(k, slice(start, i));
            table.add(bytes, start, i, hash, found);
          }
          keys[k] = found;
        }
      } else if (cell === valueAt) {
        valueSeen = true;
        value = readValueBytes(bytes, start, i, viNumbers, slice);
      }
      cell++;
      if (i >= end) break;
      start = i + 1;
      hash = FNV_START;
    }
    if (cell !== width) return undefined;
    const r = out.add(line);
    if (!valueSeen) value = readValue('', viNumbers);
    if (rows.clean(keys, value)) {
      code(out.codes, r, keys);
      out.value[r] = value as number;
    } else {
      out.raw.push(r);
      out.rawCells.push(slice(pos, end).split(params.delimiter));
    }
    if (end < n) line++;
    pos = end + 1;
  }
  return finish(n, line - 1, out);
}

/** The value cell `bytes[start, end)` as {@link readValue} reads its text. */
function readValueBytes(bytes: Uint8Array, start: number, end: number, viNumbers: boolean, slice: (start: number, end: number) => string): number | undefined {
  const n = viNumbers ? -1 : plainDigits(bytes, start, end);
  return n >= 0 ? n : readValue(slice(start, end), viNumbers);
}
