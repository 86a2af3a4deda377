import type { CsvDelimiter } from '../../io/csv/CsvReadOptions';
import { csvSegmentRecords, type SegmentWork } from '../../io/csv/readCsvSegments';
import { asciiReader } from '../../io/asciiReader';
import { cleanRows } from './cleanRowReader';
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

/**
 * Reads segments of one file, each starting at a record boundary past the header (see
 * {@link SegmentDone}); made once per thread, so that each distinct cell is decided once there.
 * Its segments must be taken in the order it read them (`reader` tells them from another
 * reader's): each hands over only the texts its dictionaries gained, and it starts them again
 * when one holds `dictionaryLimit` texts.
 */
export function segmentReader(params: SegmentParams, reader: number, dictionaryLimit = DICTIONARY_LIMIT): (bytes: Uint8Array) => SegmentDone {
  const rows = cleanRows(mapHeader(params.header), params.viNumbers);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const ascii = asciiReader();
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
  return (bytes) => {
    if (texts.some((t) => t.length >= dictionaryLimit)) {
      restart();
      reset = true;
    }
    let text = ascii === undefined ? undefined : ascii(bytes);
    if (text === undefined) {
      try {
        text = decoder.decode(bytes);
      } catch {
        return DIRTY;
      }
    }
    if (text.indexOf('\0') !== -1) return DIRTY;
    // Records are read and dropped a batch at a time: a whole segment's records kept at once
    // would outlive the young generation and make every collection slow.
    const batches = csvSegmentRecords(text, params.header, params.delimiter, params.maxRecordChars, 1024);
    let cap = Math.max(16, bytes.length >> 6);
    let codes = new Int32Array(KEY_COLUMNS * cap).fill(-1);
    let value = new Float64Array(cap);
    let line = new Int32Array(cap);
    const raw: number[] = [];
    const rawCells: (readonly string[])[] = [];
    const s = stamp;
    let n = 0;
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
        const i = n++;
        if (i === cap) {
          cap *= 2;
          const c = new Int32Array(KEY_COLUMNS * cap).fill(-1);
          c.set(codes);
          codes = c;
          const v = new Float64Array(cap);
          v.set(value);
          value = v;
          const l = new Int32Array(cap);
          l.set(line);
          line = l;
        }
        line[i] = rec.line;
        const row = rows.read(rec.cells);
        if (row === undefined) {
          raw.push(i);
          rawCells.push(rec.cells);
          continue;
        }
        const keys = row.keys;
        const at = i * KEY_COLUMNS;
        for (let k = 0; k < KEY_COLUMNS; k++) {
          const cell = keys[k];
          const t = cell?.text;
          if (cell === undefined || t === null || t === undefined || t === '') continue;
          if (cell.stamp !== s) {
            cell.stamp = s;
            cell.code = (texts[k] as string[]).push(t) - 1;
          }
          codes[at + k] = cell.code;
        }
        value[i] = row.value;
      }
    }
    const added: string[][] = [];
    for (let k = 0; k < KEY_COLUMNS; k++) {
      const all = texts[k] as string[];
      added.push(all.slice(sent[k]));
      sent[k] = all.length;
    }
    const restarted = reset;
    reset = false;
    return { dirty: false, reader, reset: restarted, chars: text.length, lines: cut.lines, rows: cut.rows, codes: codes.slice(0, KEY_COLUMNS * n), texts: added, value: value.slice(0, n), line: line.slice(0, n), raw: Int32Array.from(raw), rawCells };
  };
}
